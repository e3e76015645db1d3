package dev.agentlint.rules.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.LintResult;
import dev.agentlint.engine.Linter;
import dev.agentlint.model.Finding;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.rules.ScopeOverlap;
import dev.agentlint.schema.SchemaSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A routing pool too large to compare pair by pair is compared through the rare words its agents share: copies
 * hidden among many unrelated agents are still found, whichever directory (and so how many runtimes' pools) they
 * are in.
 */
class LargePoolTest {

    private static final int UNRELATED = 90;
    private static final int COPIES = 6;

    @Test
    void copiesAmongManyUnrelatedAgentsAreFoundInEveryLayout() {
        for (String directory : List.of(".claude/agents/", ".github/agents/", "plugins/tools/agents/")) {
            Random random = new Random(5);
            List<InputFile> files = new ArrayList<>();
            for (int i = 0; i < UNRELATED; i++) {
                files.add(agent(directory + "keeper-" + letters(i) + ".md", nonsense(random)));
            }
            Set<String> expected = new TreeSet<>();
            for (int i = 0; i < COPIES; i++) {
                String description = nonsense(random);
                String first = directory + "twin-" + letters(i) + "-left.md";
                String second = directory + "twin-" + letters(i) + "-right.md";
                files.add(agent(first, description));
                files.add(agent(second, description));
                expected.add(first + " & " + second);
            }
            assertTrue(files.size() > OverlapAnalysis.FULL_COMPARISON, "the pool must be too large to compare in full");

            assertEquals(expected, reportedPairs(files), directory);
        }
    }

    private static Set<String> reportedPairs(List<InputFile> files) {
        LintResult result = new Linter(List.of(new ScopeOverlap()), RuleCatalog.load(Rules.all()), new SchemaSet())
                .lint(files, Config.defaults());
        assertEquals(List.of(), result.failures());
        Set<String> pairs = new TreeSet<>();
        for (Finding finding : result.findings()) {
            String other = finding.related().get(0).path();
            pairs.add(finding.path().compareTo(other) < 0 ? finding.path() + " & " + other : other + " & "
                    + finding.path());
        }
        return pairs;
    }

    /** Four made-up words: unrelated agents share none of them, so only copies are alike. */
    private static String nonsense(Random random) {
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 4; w++) {
            for (int c = 0; c < 7; c++) {
                words.append((char) ('a' + random.nextInt(26)));
            }
            words.append(' ');
        }
        return words.toString().strip();
    }

    private static String letters(int number) {
        return "" + (char) ('a' + number / 26) + (char) ('a' + number % 26);
    }

    private static InputFile agent(String path, String words) {
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        String text = "---\nname: " + name + "\ndescription: Looks after the " + words + " records.\n---\n"
                + "You look after the " + words + " records and report what changed.\n";
        return new InputFile(path, text.getBytes(StandardCharsets.UTF_8), Optional.empty(), false);
    }
}
