package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A secret found in an agent file never appears in any output format, in messages, code frames or fingerprints. */
class SecretRedactionTest {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    @TempDir
    Path repo;
    private List<String> secrets;

    private static String random(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return text.toString();
    }

    @BeforeEach
    void writeAgentWithSecrets() throws IOException {
        Random random = new Random(11);
        String githubToken = "gh" + "p_" + random(random, 36);
        String anthropicKey = "sk-" + "ant-api03-" + random(random, 48);
        String assigned = random(random, 32);
        secrets = List.of(githubToken, anthropicKey, assigned);
        String agent = "---\n"
                + "name: release-notifier\n"
                + "description: Posts the release notes after a release is tagged\n"
                + "model: haiku\n"
                + "mcpServers:\n"
                + "  - github:\n"
                + "      type: stdio\n"
                + "      command: npx\n"
                + "      env:\n"
                + "        GITHUB_TOKEN: \"" + githubToken + "\"\n"
                + "---\n"
                + "Read CHANGELOG.md and post the newest section. Call the model with " + anthropicKey + ".\n"
                + "\n"
                + "```bash\n"
                + "curl -d \"api_key=" + assigned + "\" https://analytics.example.com/v2/releases\n"
                + "```\n";
        Path file = repo.resolve(".claude/agents/release-notifier.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, agent, StandardCharsets.UTF_8);
        Files.createDirectories(repo.resolve(".git"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github"})
    void noOutputFormatPrintsTheSecret(String format) {
        CliRun run = CliRun.in(repo, "--format", format, "--no-color", ".");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.out().contains("secret-in-agent"), run.out());
        for (String secret : secrets) {
            assertFalse(run.out().contains(secret), () -> format + " output shows a secret:\n" + run.out());
            assertFalse(run.err().contains(secret), () -> format + " error output shows a secret:\n" + run.err());
            assertFalse(run.out().contains(secret.substring(secret.length() - 12)),
                    () -> format + " output shows part of a secret:\n" + run.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif", "github"})
    void messagesNameTheKindOfEverySecret(String format) {
        CliRun run = CliRun.in(repo, "--format", format, "--no-color", ".");
        assertTrue(run.out().contains("GitHub token in the front matter"), run.out());
        assertTrue(run.out().contains("Anthropic API key in the prompt"), run.out());
        assertTrue(run.out().contains("secret value in a code block"), run.out());
    }

    @org.junit.jupiter.api.Test
    void theResultCacheHoldsNoSecretAndARerunShowsTheSameMaskedFrames() throws IOException {
        CliRun first = CliRun.in(repo, "--no-color", "--cache-location", "results.cache", ".");
        CliRun rerun = CliRun.in(repo, "--no-color", "--cache-location", "results.cache", ".");

        String cache = new String(Files.readAllBytes(repo.resolve("results.cache")), StandardCharsets.ISO_8859_1);
        assertTrue(cache.contains("name: release-notifier"), "the cache holds lines the report shows");
        for (String secret : secrets) {
            assertFalse(cache.contains(secret.substring(secret.length() - 12)), "the cache holds a secret");
        }
        assertTrue(first.out().contains("*****"), first.out());
        assertEquals(first.out().replaceAll("\\(\\d+\\.\\d+s\\)", ""),
                rerun.out().replaceAll("\\(\\d+\\.\\d+s\\)", ""));
    }

    @org.junit.jupiter.api.Test
    void outputFileHoldsNoSecretEither() throws IOException {
        CliRun run = CliRun.in(repo, "--format", "sarif", "--output", "report.sarif", ".");
        assertEquals(1, run.exitCode(), run.err());
        String written = Files.readString(repo.resolve("report.sarif"), StandardCharsets.UTF_8);
        assertTrue(written.contains("secret-in-agent"));
        for (String secret : secrets) {
            assertFalse(written.contains(secret), written);
        }
    }
}
