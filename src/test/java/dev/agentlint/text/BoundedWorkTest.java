package dev.agentlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Severity;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rules.ContradictoryInstructions;
import dev.agentlint.rules.ProseOnlyRestriction;
import dev.agentlint.rules.UngrantedToolUse;
import dev.agentlint.rules.UnusedToolGrant;
import dev.agentlint.rules.WriteScopeViolation;
import dev.agentlint.text.analysis.ContradictionFinder;
import dev.agentlint.text.analysis.DocumentAnalysis;
import dev.agentlint.text.analysis.PairBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A 20 MB agent file of the same contradictory sentences, over and over: the semantic rules finish, report each
 * distinct contradiction once, and compare a number of statement pairs bounded by a constant per statement.
 */
class BoundedWorkTest {

    private static final String HEAD = "---\nname: big\ndescription: Stress test\ntools: Read, Edit, Bash\n---\n";
    private static final String REPEATED = "Never modify the tests. Update the tests to match the new function names. "
            + "You must always run `npm test`. Do not run `npm test`.\n\n";

    @Test
    void twentyMegabytesOfContradictionsAreLintedWithBoundedComparisons() {
        StringBuilder text = new StringBuilder(HEAD);
        while (text.length() < 20 * 1024 * 1024) {
            text.append(REPEATED);
        }
        AgentFile file = TestAgents.parse(".claude/agents/big.md", text.toString());
        List<Finding> findings = new ArrayList<>();
        List<FileRule> semantic = List.of(new ContradictoryInstructions(), new ProseOnlyRestriction(),
                new UngrantedToolUse(), new UnusedToolGrant(), new WriteScopeViolation());
        for (FileRule rule : semantic) {
            rule.check(file, new Reporter(rule.id(), file.path(),
                    (id, path, requested) -> Optional.of(Severity.WARNING), findings::add));
        }
        List<Finding> contradictions = findings.stream()
                .filter(f -> f.ruleId().equals("contradictory-instructions")).toList();
        assertEquals(2, contradictions.size(), "each distinct pair once: " + contradictions);

        DocumentAnalysis analysis = DocumentAnalysis.of(file);
        long prohibitions = analysis.directives().stream().filter(s -> s.modality().negative()).count();
        assertTrue(prohibitions > 300_000, "the file really is big: " + prohibitions);
        PairBudget budget = PairBudget.forStatements((int) prohibitions);
        assertEquals(2, ContradictionFinder.find(analysis, budget).size());
        assertTrue(budget.used() <= budget.cap(), budget.used() + " > " + budget.cap());
        assertTrue(budget.cap() <= prohibitions * PairBudget.PER_STATEMENT + 64, "the cap is linear");
        assertTrue(budget.used() <= prohibitions * 2 * 8,
                "each prohibition meets at most the nearest candidates of each of its keys: " + budget.used());
    }
}
