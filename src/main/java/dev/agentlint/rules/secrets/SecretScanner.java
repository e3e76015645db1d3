package dev.agentlint.rules.secrets;

import dev.agentlint.data.BundledData;
import dev.agentlint.text.StartWords;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credentials in text: provider tokens with a known shape (Anthropic, OpenAI, GitHub, AWS, Slack, ...), private
 * key blocks, and random-looking values assigned to names such as {@code API_KEY} or {@code token}. Placeholders
 * ({@code sk-...}, {@code xxxx}, {@code <your-key>}, {@code ${VAR}}, {@code your_api_key_here}, repeated or
 * sequential characters, provider-documented example keys) are skipped. The patterns and thresholds live in
 * {@code dev/agentlint/rules/data/secret-patterns.yaml}.
 *
 * <p>Stateless and thread-safe.
 */
public final class SecretScanner {

    /** One credential: what kind it is and the character range to hide, as offsets into the scanned text. */
    public record Secret(String kind, int start, int end) {
    }

    private static final String RESOURCE = "/dev/agentlint/rules/data/secret-patterns.yaml";
    private static final Pattern PRIVATE_KEY_BEGIN = Pattern.compile(
            "-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY( BLOCK)?-----");
    private static final Pattern KEY_HEADER = Pattern.compile("^[A-Za-z-]+: .*$");
    private static final Pattern KEY_LINE = Pattern.compile("^[A-Za-z0-9+/=]{16,}$");
    private static final Pattern BASE64 = Pattern.compile("^[A-Za-z0-9+/]+={0,2}$");
    private static final Pattern HEX = Pattern.compile("^[0-9a-fA-F-]+$");
    private static final Pattern ONE_CASE_WORD = Pattern.compile("[a-z]{4,}|[A-Z][a-z]{3,}|[A-Z]{4,}");
    private static final int MIN_KEY_CHARACTERS = 64;
    /** How far past the end of its hint's line a credential may reach ("api_key:" and the value on the next line). */
    private static final int REACH_AFTER_LINE = 512;

    private SecretScanner() {
    }

    /** Every credential in {@code text}, in order, none overlapping another. */
    public static List<Secret> scan(String text) {
        Data data = Data.INSTANCE;
        List<Secret> keys = new ArrayList<>();
        privateKeys(text, keys);
        NavigableMap<Integer, Secret> found = new TreeMap<>();
        keys.forEach(key -> found.put(key.start(), key));
        Lines lines = new Lines(text);
        HintPlaces[] hintPlaces = lines.hintPlaces(data.hints, data.patterns.size());
        for (int p = 0; p < data.patterns.size(); p++) {
            SecretPattern pattern = data.patterns.get(p);
            Matcher match = pattern.regex.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            if (pattern.hints.isEmpty()) {
                for (int line = 0; line < lines.count(); line++) {
                    tryFrom(lines.start(line), lines.end(line), lines.reach(line), pattern, match, data, found);
                }
                continue;
            }
            // a match starts at most hintWithin characters before one of its hints, on the hint's line
            HintPlaces places = hintPlaces[p];
            int line = -1;
            int untried = 0;
            for (int i = 0; i < places.size; i++) {
                int hint = places.at[i];
                if (places.line[i] != line) {
                    line = places.line[i];
                    untried = lines.start(line);
                }
                int from = Math.max(untried, hint - pattern.hintWithin);
                untried = Math.max(untried, tryFrom(from, hint, lines.reach(line), pattern, match, data, found));
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * Tries the pattern at every position from {@code from} to {@code to}, a match reaching at most to {@code reach},
     * past each match once it is found; returns the first position not tried.
     */
    private static int tryFrom(int from, int to, int reach, SecretPattern pattern, Matcher match, Data data,
            NavigableMap<Integer, Secret> found) {
        int at = from;
        while (at <= to) {
            match.region(at, reach);
            if (match.lookingAt()) {
                add(pattern, match, data, found);
                at = Math.max(match.end(), at + 1);
            } else {
                at++;
            }
        }
        return at;
    }

    private static void add(SecretPattern pattern, Matcher match, Data data, NavigableMap<Integer, Secret> found) {
        String secret = pattern.hasSecretGroup ? match.group("secret") : match.group();
        if (secret == null || !looksReal(secret, pattern, data)) {
            return;
        }
        int start = pattern.redactSecretOnly ? match.start("secret") : match.start();
        int end = pattern.redactSecretOnly ? match.end("secret") : match.end();
        Map.Entry<Integer, Secret> before = found.lowerEntry(end);
        if (before == null || before.getValue().end() <= start) {
            found.put(start, new Secret(pattern.kind, start, end));
        }
    }

    /**
     * The lines of a text, and where each pattern's hints stand in it. A credential starts on the line of its hint
     * ({@code sk-ant-}, {@code api_key}), a few characters before it at most, and ends within
     * {@value #REACH_AFTER_LINE} characters after that line, so a pattern is tried only there: the text is read in time
     * linear in its length, however long its lines.
     */
    private static final class Lines {

        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            int count = 1;
            for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
                count++;
            }
            this.starts = new int[count];
            int line = 1;
            for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
                starts[line++] = at + 1;
            }
        }

        int start(int line) {
            return starts[line];
        }

        int end(int line) {
            return line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
        }

        /** How many lines the text has. */
        int count() {
            return starts.length;
        }

        /** Where a match that starts on the line may end at the latest. */
        int reach(int line) {
            return Math.min(text.length(), end(line) + REACH_AFTER_LINE);
        }

        /** For each pattern, where its hints stand, found in one pass for all, and on which lines. */
        HintPlaces[] hintPlaces(StartWords hints, int patterns) {
            HintPlaces[] places = new HintPlaces[patterns];
            for (int p = 0; p < patterns; p++) {
                places[p] = new HintPlaces();
            }
            int[] line = {0};
            hints.forEach(text, (at, pattern) -> {
                while (line[0] + 1 < starts.length && starts[line[0] + 1] <= at) {
                    line[0]++;
                }
                places[pattern].add(at, line[0]);
            });
            return places;
        }
    }

    /** The places where one pattern's hints stand, ascending, and the line of each. */
    private static final class HintPlaces {

        int[] at = new int[4];
        int[] line = new int[4];
        int size;

        void add(int place, int lineOfPlace) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
                line = Arrays.copyOf(line, size * 2);
            }
            at[size] = place;
            line[size++] = lineOfPlace;
        }
    }

    /** Shannon entropy of a string in bits per character. */
    public static double entropy(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        text.chars().forEach(c -> counts.merge(c, 1, Integer::sum));
        double entropy = 0;
        for (int count : counts.values()) {
            double p = (double) count / text.length();
            entropy -= p * Math.log(p) / Math.log(2);
        }
        return entropy;
    }

    /** Whether a value only shows where a secret goes: {@code xxxx}, {@code your-key-here}, {@code 12345...}. */
    public static boolean isPlaceholder(String value) {
        Data data = Data.INSTANCE;
        for (String example : data.knownExamples) {
            if (value.contains(example)) {
                return true;
            }
        }
        for (Pattern placeholder : data.placeholders) {
            if (placeholder.matcher(value).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksReal(String secret, SecretPattern pattern, Data data) {
        if (isPlaceholder(secret)) {
            return false;
        }
        if (!pattern.generic) {
            return entropy(secret) >= pattern.minEntropy;
        }
        return randomLooking(secret, data);
    }

    /**
     * A generic value must be random, not words a person chose, an identifier, a path or a version. Base64 that
     * decodes to readable text ({@code c3VwZXItc2VjcmV0LWtleQ==} is "super-secret-key") is judged by that text.
     */
    private static boolean randomLooking(String value, Data data) {
        String decoded = decodedText(value);
        if (decoded != null) {
            return !isPlaceholder(decoded) && randomLookingText(decoded, data);
        }
        return randomLookingText(value, data);
    }

    /** The text a Base64 value encodes, if it is Base64 of printable ASCII; otherwise {@code null}. */
    private static String decodedText(String value) {
        if (value.length() < 16 || value.length() % 4 != 0 || !BASE64.matcher(value).matches()) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7e) {
                return null;
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static boolean randomLookingText(String value, Data data) {
        boolean letters = value.chars().anyMatch(Character::isLetter);
        boolean digits = value.chars().anyMatch(Character::isDigit);
        if (!letters || !digits) {
            return false;
        }
        if (wordShare(value) > data.maxWordShare) {
            return false;
        }
        if (HEX.matcher(value).matches()) {
            String hex = value.replace("-", "");
            return hex.length() >= data.minLengthHex && entropy(hex) >= data.minEntropyHex;
        }
        return entropy(value) >= Math.min(data.minEntropy, 0.9 * Math.log(value.length()) / Math.log(2));
    }

    /** The share of a value written as runs of four or more letters of one case ("Secret", "prod", "KEY"). */
    static double wordShare(String value) {
        Matcher word = ONE_CASE_WORD.matcher(value);
        int inWords = 0;
        while (word.find()) {
            inWords += word.end() - word.start();
        }
        return (double) inWords / value.length();
    }

    /** {@code -----BEGIN ... PRIVATE KEY-----} followed by real key material (not "..." or a placeholder). */
    private static void privateKeys(String text, List<Secret> found) {
        Matcher begin = PRIVATE_KEY_BEGIN.matcher(text);
        while (begin.find()) {
            int lineEnd = text.indexOf('\n', begin.end());
            int position = lineEnd < 0 ? text.length() : lineEnd + 1;
            int end = begin.end();
            StringBuilder material = new StringBuilder();
            while (position < text.length()) {
                int next = text.indexOf('\n', position);
                int stop = next < 0 ? text.length() : next;
                String line = text.substring(position, stop).strip();
                String content = stripQuoting(line);
                if (content.startsWith("-----END")) {
                    end = stop;
                    break;
                }
                if (KEY_LINE.matcher(content).matches()) {
                    material.append(content);
                    end = stop;
                } else if (!content.isEmpty() && !KEY_HEADER.matcher(content).matches()) {
                    break;
                }
                position = stop + 1;
            }
            String key = material.toString();
            if (key.length() >= MIN_KEY_CHARACTERS && !isPlaceholder(key) && entropy(key) >= 4.5) {
                found.add(new Secret(keyKind(begin.group(1)), begin.start(), Math.min(end, text.length())));
            }
        }
    }

    /** A key line inside a string literal or a comment: {@code "MIIE...\n" +}, {@code # MIIE...}. */
    private static String stripQuoting(String line) {
        String content = line.replaceFirst("^(//|#|\\*|>|\"|')\\s*", "");
        return content.replaceAll("(\\\\n)?[\"']?\\s*[+,]?$", "");
    }

    private static String keyKind(String type) {
        String prefix = type.strip();
        return prefix.isEmpty() ? "private key" : prefix + " private key";
    }

    /**
     * @param hints lower-case text one of which every match contains on its first line; none: match everywhere
     * @param hintWithin how many characters a match may start before the place of its hint
     */
    private record SecretPattern(String kind, Pattern regex, List<String> hints, int hintWithin,
            boolean hasSecretGroup, boolean redactSecretOnly, double minEntropy, boolean generic) {
    }

    /** The patterns and thresholds, read once from the classpath. */
    private static final class Data {

        static final Data INSTANCE = load();

        final List<SecretPattern> patterns = new ArrayList<>();
        /** The hints of every pattern, with the pattern's index. */
        final StartWords hints;
        final List<Pattern> placeholders = new ArrayList<>();
        final List<String> knownExamples = new ArrayList<>();
        final double minEntropy;
        final double minEntropyHex;
        final int minLengthHex;
        final double maxWordShare;

        private Data(Map<String, Object> data) {
            for (Object item : list(data.get("patterns"))) {
                Map<String, Object> entry = map(item);
                String regex = String.valueOf(entry.get("regex"));
                Object entropy = entry.get("min-entropy");
                List<String> hints = list(entry.get("hints")).stream()
                        .map(h -> String.valueOf(h).toLowerCase(Locale.ROOT)).toList();
                if (hints.contains("")) {
                    hints = List.of();
                }
                int hintWithin = ((Number) entry.getOrDefault("hint-within", 0)).intValue();
                patterns.add(new SecretPattern(String.valueOf(entry.get("kind")), Pattern.compile(regex), hints,
                        hintWithin, regex.contains("(?<secret>"), "secret".equals(entry.get("redact-group")),
                        entropy == null ? 0 : ((Number) entropy).doubleValue(), Boolean.TRUE.equals(entry.get("generic"))));
            }
            List<String> hintWords = new ArrayList<>();
            List<Integer> hintPatterns = new ArrayList<>();
            for (int p = 0; p < patterns.size(); p++) {
                for (String hint : patterns.get(p).hints) {
                    hintWords.add(hint);
                    hintPatterns.add(p);
                }
            }
            hints = new StartWords(hintWords, hintPatterns.stream().mapToInt(Integer::intValue).toArray());
            for (Object placeholder : list(data.get("placeholders"))) {
                placeholders.add(Pattern.compile(String.valueOf(placeholder), Pattern.CASE_INSENSITIVE));
            }
            for (Object example : list(data.get("known-examples"))) {
                knownExamples.add(String.valueOf(example));
            }
            Map<String, Object> generic = map(data.get("generic"));
            minEntropy = number(generic, "min-entropy");
            minEntropyHex = number(generic, "min-entropy-hex");
            minLengthHex = (int) number(generic, "min-length-hex");
            maxWordShare = number(generic, "max-word-share");
        }

        private static double number(Map<String, Object> data, String key) {
            Object value = data.get(key);
            if (!(value instanceof Number number)) {
                throw new IllegalStateException(RESOURCE + " lacks generic." + key);
            }
            return number.doubleValue();
        }

        private static List<?> list(Object value) {
            return value instanceof List<?> list ? list : List.of();
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> map(Object value) {
            return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }

        private static Data load() {
            return new Data(map(BundledData.load(RESOURCE)));
        }
    }
}
