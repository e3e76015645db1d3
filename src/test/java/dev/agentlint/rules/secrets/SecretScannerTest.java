package dev.agentlint.rules.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Real-looking credentials are built at run time from random characters, so this source holds no string that a
 * secret scanner would take for a live key.
 */
class SecretScannerTest {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Random RANDOM = new Random(7);

    private static String random(int length, String alphabet) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String random(int length) {
        return random(length, ALNUM);
    }

    /** Asserts that {@code text} holds exactly one secret of {@code kind}, covering exactly {@code secret}. */
    private static void finds(String kind, String text, String secret) {
        List<SecretScanner.Secret> found = SecretScanner.scan(text);
        assertEquals(1, found.size(), () -> "expected one secret in: " + text + " got " + found);
        assertEquals(kind, found.get(0).kind(), text);
        assertEquals(secret, text.substring(found.get(0).start(), found.get(0).end()), text);
    }

    private static void clean(String text) {
        List<SecretScanner.Secret> found = SecretScanner.scan(text);
        assertTrue(found.isEmpty(), () -> "expected no secret in: " + text + " got " + found);
    }

    @Test
    void providerTokensAreFoundWholeWithTheirKind() {
        String anthropic = "sk-" + "ant-api03-" + random(93, ALNUM + "-_") + "AA";
        finds("Anthropic API key", "export ANTHROPIC_API_KEY=" + anthropic, anthropic);
        String project = "sk-" + "proj-" + random(48, ALNUM + "-_");
        finds("OpenAI API key", "client = OpenAI(api_key=\"" + project + "\")", project);
        String legacy = "sk-" + random(48);
        finds("OpenAI API key", "Use the key " + legacy + " for the completions API.", legacy);
        String classic = "gh" + "p_" + random(36);
        finds("GitHub token", "git clone https://" + classic + "@github.com/acme/app.git", classic);
        String oauth = "gh" + "o_" + random(36);
        finds("GitHub token", "token: " + oauth, oauth);
        String fineGrained = "github" + "_pat_" + random(22) + "_" + random(59);
        finds("GitHub fine-grained personal access token", "GH_TOKEN=" + fineGrained, fineGrained);
        String keyId = "AK" + "IA" + random(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
        finds("AWS access key ID", "aws configure set aws_access_key_id " + keyId, keyId);
        String google = "AI" + "za" + random(35, ALNUM + "-_");
        finds("Google API key", "const key = '" + google + "';", google);
        String stripe = "sk" + "_live_" + random(32);
        finds("Stripe live secret key", "STRIPE=" + stripe, stripe);
        String npm = "np" + "m_" + random(36);
        finds("npm access token", "//registry.npmjs.org/:_authToken=" + npm, npm);
        String huggingFace = "h" + "f_" + random(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
        finds("Hugging Face access token", "login(" + huggingFace + ")", huggingFace);
        String gitlab = "glp" + "at-" + random(20);
        finds("GitLab personal access token", "PRIVATE-TOKEN: " + gitlab, gitlab);
    }

    @Test
    void awsSecretKeysAreFoundNextToTheirName() {
        String secret = random(40, ALNUM + "/+");
        String text = "aws_secret_access_key = " + secret + "\n";
        finds("AWS secret access key", text, secret);
        clean("The secret key is forty characters long: " + random(40, "abcdefghij"));
    }

    @Test
    void slackTokensAndWebhooksAreFound() {
        String bot = "xo" + "xb-" + random(12, "0123456789") + "-" + random(13, "0123456789") + "-" + random(24);
        finds("Slack token", "SLACK_BOT_TOKEN: " + bot, bot);
        String path = "T" + random(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "/B"
                + random(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "/" + random(24);
        String webhook = "https://hooks." + "slack.com/services/" + path;
        List<SecretScanner.Secret> found = SecretScanner.scan("curl -X POST " + webhook);
        assertEquals(1, found.size(), found.toString());
        assertEquals("Slack webhook URL", found.get(0).kind());
    }

    @Test
    void privateKeyBlocksAreCoveredFromBeginToEnd() {
        StringBuilder key = new StringBuilder("-----BEGIN RSA " + "PRIVATE KEY-----\n");
        for (int i = 0; i < 5; i++) {
            key.append(random(64, ALNUM + "+/")).append('\n');
        }
        key.append("-----END RSA " + "PRIVATE KEY-----");
        String text = "Use this key:\n\n```\n" + key + "\n```\n";
        finds("RSA private key", text, key.toString());
    }

    @Test
    void privateKeyPlaceholdersAreSkipped() {
        clean("```\n-----BEGIN " + "PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n-----END PRIVATE KEY-----\n```");
        clean("-----BEGIN OPENSSH " + "PRIVATE KEY-----\n<your key here>\n-----END OPENSSH PRIVATE KEY-----");
        clean("Paste the key between -----BEGIN " + "PRIVATE KEY----- and -----END PRIVATE KEY----- markers.");
    }

    @Test
    void randomValuesAssignedToSecretNamesAreFound() {
        String value = random(32);
        finds("secret value", "ANALYTICS_API_KEY=" + value, value);
        finds("secret value", "  client_secret: \"" + value + "\"", value);
        finds("secret value", "{\"access_token\": \"" + value + "\"}", value);
        finds("secret value", "password=" + value, value);
        String bearer = random(40, ALNUM + "._-");
        finds("bearer token", "curl -H \"Authorization: Bearer " + bearer + "\" https://api.example.com", bearer);
        String hex = random(40, "0123456789abcdef");
        finds("secret value", "WEBHOOK_SECRET=" + hex, hex);
    }

    /** Each pattern is tried only a few characters before its hint: as far before it as its longest match starts. */
    @Test
    void matchesAreFoundAsFarBeforeTheirHintAsTheyCanStart() {
        String value = random(32);
        String longestName = random(40, "bfghjlmnqvxz") + "private_key";
        finds("secret value", "Then set " + longestName + "=" + value + " and go on.", value);
        String stripe = "rk" + "_live_" + random(24);
        finds("Stripe live secret key", "The key is " + stripe + " for now.", stripe);
        String webhook = "https://hooks." + "slack.com/services/T" + random(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                + "/B" + random(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "/" + random(24);
        finds("Slack webhook URL", "Post to " + webhook + " when done.", webhook);
    }

    @Test
    void base64OfRandomTextIsFoundButBase64OfWordsIsNot() {
        String encoded = Base64.getEncoder().encodeToString(random(24).getBytes(StandardCharsets.US_ASCII));
        finds("secret value", "  API_TOKEN: " + encoded, encoded);
        clean("  SECRET_KEY: " + Base64.getEncoder().encodeToString("super-secret-key".getBytes(StandardCharsets.US_ASCII)));
        clean("  API_TOKEN: " + Base64.getEncoder().encodeToString("api-token-here".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "export ANTHROPIC_API_KEY=sk-ant-...",
        "export OPENAI_API_KEY=\"sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"",
        "OPENAI_API_KEY=sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "api_key = \"sk-1234567890abcdef1234567890abcdef12345678\"",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "GITHUB_TOKEN=ghp_your_token_here",
        "token: ${GITHUB_TOKEN}",
        "token: $GITHUB_TOKEN",
        "token: ${{ secrets.GITHUB_TOKEN }}",
        "  API_TOKEN: ${{ secrets.API_TOKEN }}",
        "auth_token: \"<your-token>\"",
        "API_KEY=your_api_key_here",
        "API_KEY=YOUR_API_KEY_HERE",
        "api_key: \"insert-your-key-here-1234\"",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "SLACK_TOKEN=xoxb-your-bot-token",
        "SLACK_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
        "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "client_secret: \"0000000000000000000000000000\"",
        "password: \"aaaaaaaaaaaaaaaaaaaa\"",
        "password: \"changeme-in-production-please\"",
        "SECRET_KEY=django-insecure-k3j4h5g6f7d8s9a0q1w2e3r4t5y6",
        "JWT_SECRET=your-super-secret-jwt-key-change-in-production",
        "API_KEY=test_key_1234567890abcdefgh",
        "STRIPE_SECRET_KEY=sk_test_your_key_here",
        "token: process.env.SLACK_BOT_TOKEN",
        "apiKey: process.env.OPENAI_API_KEY,",
        "secret_key=settings.SECRET_KEY",
        "password = var.database_password",
        "token = os.environ[\"API_TOKEN\"]",
        "OPIK_API_KEY: COPILOT_MCP_OPIK_API_KEY",
        "max_tokens: 4096",
        "tokenizer = AutoTokenizer.from_pretrained(\"bert-base-uncased\")",
        "token_type: bearer",
        "secretName: my-application-secrets",
        "forgotPasswordPage: ForgotPasswordPage",
        "password_hash = \"$2b$12$KIXQJ0Z2n6Gf8H2m0n3yUe\"",
        "api_key: 123e4567-e89b-12d3-a456-426614174000",
        "token: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "Keys look like `ghp_` followed by 36 characters, or `sk-proj-...` for project keys.",
        "The task-runner skips sk-steps during dry runs.",
        "password: \"Password123!\"",
        "secret: \"%SECRET_VALUE%\"",
        "access_key: ************************",
    })
    void placeholdersAndReferencesAreNotSecrets(String text) {
        clean(text);
    }

    @Test
    void entropyMeasuresBitsPerCharacter() {
        assertEquals(0.0, SecretScanner.entropy("aaaaaaaa"), 1e-9);
        assertEquals(1.0, SecretScanner.entropy("abababab"), 1e-9);
        assertEquals(3.0, SecretScanner.entropy("abcdefgh"), 1e-9);
        assertTrue(SecretScanner.entropy(random(40)) > 4.5);
    }

    @Test
    void wordLikeValuesHaveAHighWordShare() {
        assertTrue(SecretScanner.wordShare("MySuperSecretPassword") > 0.5);
        assertTrue(SecretScanner.wordShare(random(32)) < 0.5);
    }

    /** Prose that holds the scanner's hint words (key, token, secret) but no credential. */
    private static final List<String> FILLER = List.of("Keep the token budget small and answer briefly.",
            "The key idea: read before you write.", "Never print a secret or a password in a log.",
            "- Run `npm test` after each change", "", "## Credentials", "x".repeat(5000));

    /** A credential found on its own is found at any line of a long document, even on the line after its name. */
    @Test
    void credentialsAreFoundWhereverTheyStandInALongDocument() {
        int tested = 0;
        for (int round = 0; round < 200; round++) {
            String value = random(32);
            String anthropic = "sk-" + "ant-api03-" + random(93, ALNUM + "-_") + "AA";
            String[][] samples = {{"ANALYTICS_API_KEY=" + value, value}, {"client_secret:\n    " + value, value},
                    {"export ANTHROPIC_API_KEY=" + anthropic, anthropic}};
            String[] sample = samples[round % samples.length];
            if (SecretScanner.scan(sample[0]).size() != 1) {
                continue;
            }
            tested++;
            StringBuilder text = new StringBuilder();
            int before = RANDOM.nextInt(300);
            for (int i = 0; i < before; i++) {
                text.append(FILLER.get(RANDOM.nextInt(FILLER.size()))).append(RANDOM.nextBoolean() ? "\n" : "\r\n");
            }
            text.append(sample[0]).append('\n');
            for (int i = RANDOM.nextInt(300); i > 0; i--) {
                text.append(FILLER.get(RANDOM.nextInt(FILLER.size()))).append('\n');
            }
            List<SecretScanner.Secret> found = SecretScanner.scan(text.toString());
            assertEquals(1, found.size(), () -> sample[0] + " after " + before + " lines: " + found);
            assertEquals(sample[1], text.substring(found.get(0).start(), found.get(0).end()));
        }
        assertTrue(tested > 100, "most random values look real on their own: " + tested);
    }

    /** A document of one long line, its hint words everywhere, holds the credential it was given and no other. */
    @Test
    void credentialsAreFoundWhereverTheyStandOnALongLine() {
        for (int round = 0; round < 100; round++) {
            String value = random(32);
            String name = random(RANDOM.nextInt(41), "bfghjlmnqvxz") + List.of("api_key", "secret", "token",
                    "private-key", "password", "access_key").get(RANDOM.nextInt(6));
            String sample = name + "=" + value;
            if (SecretScanner.scan(sample).size() != 1) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int i = RANDOM.nextInt(200); i > 0; i--) {
                text.append(FILLER.get(RANDOM.nextInt(FILLER.size() - 1))).append(' ');
            }
            int start = text.length();
            text.append(sample);
            for (int i = RANDOM.nextInt(200); i > 0; i--) {
                text.append(' ').append(FILLER.get(RANDOM.nextInt(FILLER.size() - 1)));
            }
            List<SecretScanner.Secret> found = SecretScanner.scan(text.toString());
            assertEquals(1, found.size(), () -> sample + " at " + start + ": " + found);
            assertEquals(value, text.substring(found.get(0).start(), found.get(0).end()), sample);
        }
    }
}
