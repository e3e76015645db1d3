package dev.agentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A baseline is read entry by entry when it is one agentlint wrote and as a whole tree otherwise; on thousands of
 * generated documents (well formed or not, seeds reproducible) both readings accept the same fingerprints and
 * refuse with the same message.
 */
class BaselineParseTest {

    private static final List<String> VERSIONS = List.of("1", "1.0", "\"1\"", "true", "2", "null", "[1]");
    private static final List<String> FINGERPRINTS = List.of("\"3f2a\"", "\"3f2a\"", "\"b71c\"", "\"\"", "12", "null",
            "{}", "[\"x\"]");

    @TempDir
    Path work;

    @Test
    void bothReadingsAgreeOnEveryDocument() throws IOException {
        int streamed = 0;
        for (long seed = 0; seed < 4000; seed++) {
            Random random = new Random(seed);
            String document = document(random);
            String json = random.nextInt(6) == 0 ? document.substring(0, random.nextInt(document.length() + 1))
                    : document;
            String whole = outcome(() -> Baseline.parseTree(json));
            Map<String, Integer> entryByEntry = Baseline.streamed(new StringReader(json));
            if (entryByEntry != null && !whole.equals(entryByEntry.toString())) {
                fail("seed " + seed + " on " + json + ": " + whole + " but read entry by entry " + entryByEntry);
            }
            Path file = Files.writeString(work.resolve("baseline.json"), json, StandardCharsets.UTF_8);
            if (!whole.equals(outcome(() -> Baseline.read(file)))) {
                fail("seed " + seed + " on " + json + ": " + whole + " but " + outcome(() -> Baseline.read(file)));
            }
            streamed += entryByEntry != null ? 1 : 0;
        }
        assertTrue(streamed > 1000, "documents read entry by entry: " + streamed);
    }

    @Test
    void aBaselineAgentlintWroteCountsEachFingerprint() throws Exception {
        Path file = Files.writeString(work.resolve("baseline.json"), """
                {
                  "version" : 1,
                  "tool" : "agentlint",
                  "findings" : [ {
                    "ruleId" : "unknown-tool", "path" : "a.md", "line" : 3, "message" : "m", "fingerprint" : "3f2a"
                  }, {
                    "ruleId" : "unknown-tool", "path" : "a.md", "line" : 9, "message" : "m", "fingerprint" : "3f2a"
                  } ]
                }
                """, StandardCharsets.UTF_8);
        assertEquals(Map.of("3f2a", 2), Baseline.read(file).counts());
    }

    /** As before it was read entry by entry: a file that is not UTF-8 cannot be read, whatever JSON makes of it. */
    @Test
    void aFileThatIsNotUtf8CannotBeRead() throws IOException {
        byte[] json = "{\"version\": 1, \"findings\": [{\"fingerprint\": \"3f\u00e9\"}]}".getBytes(
                StandardCharsets.ISO_8859_1);
        Path file = Files.write(work.resolve("baseline.json"), json);
        assertThrows(java.nio.charset.MalformedInputException.class, () -> Baseline.read(file));
    }

    private interface Parse {
        Baseline run() throws IOException, Baseline.InvalidBaseline;
    }

    private static String outcome(Parse parse) {
        try {
            return parse.run().counts().toString();
        } catch (Baseline.InvalidBaseline e) {
            return "refused: " + e.getMessage();
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }

    private static String document(Random random) {
        StringBuilder json = new StringBuilder(random.nextInt(12) == 0 ? "[" : "{");
        List<String> fields = new java.util.ArrayList<>();
        if (random.nextInt(8) != 0) {
            fields.add("\"version\": " + VERSIONS.get(random.nextInt(4) == 0 ? random.nextInt(VERSIONS.size()) : 0));
        }
        fields.add("\"tool\": \"agentlint\"");
        for (int copies = random.nextInt(10) == 0 ? 2 : 1; copies > 0; copies--) {
            if (random.nextInt(10) == 0) {
                fields.add("\"findings\": " + (random.nextBoolean() ? "{}" : "\"none\""));
            } else if (random.nextInt(10) != 0) {
                fields.add("\"findings\": " + entries(random));
            }
        }
        if (random.nextInt(5) == 0) {
            fields.add("\"extra\": {\"nested\": [1, {\"fingerprint\": \"zz\"}]}");
        }
        java.util.Collections.shuffle(fields, random);
        json.append(String.join(", ", fields)).append(json.charAt(0) == '[' ? "]" : "}");
        if (random.nextInt(10) == 0) {
            json.append(List.of(" ", "\n", " x", " {}", " 1").get(random.nextInt(5)));
        }
        return json.toString();
    }

    private static String entries(Random random) {
        StringBuilder entries = new StringBuilder("[");
        for (int i = random.nextInt(5); i > 0; i--) {
            if (entries.length() > 1) {
                entries.append(", ");
            }
            if (random.nextInt(15) == 0) {
                entries.append(random.nextBoolean() ? "7" : "\"text\"");
                continue;
            }
            entries.append("{\"ruleId\": \"unknown-tool\"");
            if (random.nextInt(8) != 0) {
                int choice = random.nextInt(6) == 0 ? random.nextInt(FINGERPRINTS.size()) : random.nextInt(3);
                entries.append(", \"fingerprint\": ").append(FINGERPRINTS.get(choice));
            }
            entries.append("}");
        }
        return entries.append("]").toString();
    }
}
