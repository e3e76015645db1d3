package dev.agentlint.rules.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The words of an agent's name, which decide whether two agents are variants or split one domain by task. */
class AgentNamesTest {

    @Test
    void splitsNamesAtSeparatorsAndVersions() {
        assertEquals(List.of("react", "18", "auditor"), AgentNames.words("react18-auditor"));
        assertEquals(List.of("avm", "terraform", "mode"), AgentNames.words("AVM Terraform mode"));
        assertEquals(List.of("next.js", "v", "2.1", "expert"), AgentNames.words("Next.js_v2.1--expert"));
        assertEquals(List.of("k", "8", "s", "ops"), AgentNames.words("k8s ops"));
        assertEquals(List.of(), AgentNames.words("—"));
    }

    /** The rule as first written: split at every run of other characters, then between letters and digits. */
    @Test
    void agreesWithTheRegularExpressionsOnRandomNames() {
        String alphabet = "aZk9.0-_ é\u212A\u0130/";
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder name = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(byRegularExpressions(name.toString()), AgentNames.words(name.toString()), name.toString());
        }
    }

    private static List<String> byRegularExpressions(String name) {
        List<String> words = new ArrayList<>();
        for (String part : name.toLowerCase(Locale.ROOT).split("[^a-z0-9.]+")) {
            for (String piece : part.split("(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")) {
                if (!piece.isEmpty()) {
                    words.add(piece);
                }
            }
        }
        return words;
    }
}
