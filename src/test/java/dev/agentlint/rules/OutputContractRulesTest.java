package dev.agentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.Linter;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Severity;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.schema.SchemaSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who reads an agent's answer decides how loudly a missing or weak output contract is reported. */
class OutputContractRulesTest {

    private static final Linter LINTER = new Linter(Rules.all(), RuleCatalog.load(Rules.all()), new SchemaSet());

    /** About 80 words of instructions and nothing about the result. */
    private static final String NO_CONTRACT = """
            You review database migrations before they are merged. For each migration file in the change,
            read the migration and the models it touches. Look for operations that lock large tables, such as
            adding a column with a default or creating an index without building it concurrently. Look for
            operations that lose data, such as dropping columns or narrowing types. Check that every migration
            can be rolled back and that the rollback keeps the data too. Compare the migration with the team's
            conventions for naming and ordering.
            """;
    private static final String WEAK_CONTRACT = NO_CONTRACT + "\nWhen you are done, report back with the risky migrations.\n";

    private static Optional<Finding> finding(String rule, String path, String text, boolean strict) {
        List<Finding> findings = LINTER.lint(List.of(InputFile.of(path, text)), Config.defaults().withStrict(strict))
                .findings();
        return findings.stream().filter(f -> f.ruleId().equals(rule)).findFirst();
    }

    private static void reported(String rule, String path, String text, Severity severity) {
        Optional<Finding> found = finding(rule, path, text, false);
        assertTrue(found.isPresent(), () -> rule + " should fire on " + path);
        assertEquals(severity, found.get().severity(), path);
    }

    private static void onlyWhenStrict(String rule, String path, String text) {
        assertTrue(finding(rule, path, text, false).isEmpty(), () -> rule + " should be silent by default on " + path);
        assertTrue(finding(rule, path, text, true).isPresent(), () -> rule + " should fire with --strict on " + path);
    }

    @Test
    void subagentsWithoutAContractAreWarned() {
        reported("missing-output-contract", ".claude/agents/migration-checker.md",
                "---\nname: migration-checker\ndescription: Checks migrations\n---\n" + NO_CONTRACT, Severity.WARNING);
        reported("missing-output-contract", ".gemini/agents/migration-checker.md",
                "---\nname: migration-checker\ndescription: Checks migrations\n---\n" + NO_CONTRACT, Severity.WARNING);
        reported("missing-output-contract", ".opencode/agent/migration-checker.md",
                "---\ndescription: Checks migrations\nmode: subagent\n---\n" + NO_CONTRACT, Severity.WARNING);
        reported("missing-output-contract", ".github/agents/migration-checker.agent.md",
                "---\ndescription: Checks migrations\nuser-invocable: false\n---\n" + NO_CONTRACT, Severity.WARNING);
        reported("missing-output-contract", ".github/agents/migration-checker.agent.md",
                "---\ndescription: Checks migrations\n---\nYou are a subagent called by the orchestrator.\n\n"
                        + NO_CONTRACT, Severity.WARNING);
    }

    @Test
    void agentsAPersonMayPickGetInfo() {
        reported("missing-output-contract", ".github/agents/migration-checker.agent.md",
                "---\ndescription: Checks migrations\n---\n" + NO_CONTRACT, Severity.INFO);
        reported("missing-output-contract", ".opencode/agent/migration-checker.md",
                "---\ndescription: Checks migrations\n---\n" + NO_CONTRACT, Severity.INFO);
    }

    @Test
    void chatModesPrimaryAgentsAndShortPromptsOnlyInStrictMode() {
        onlyWhenStrict("missing-output-contract", ".github/chatmodes/migrations.chatmode.md",
                "---\ndescription: Checks migrations\n---\n" + NO_CONTRACT);
        onlyWhenStrict("missing-output-contract", ".opencode/agent/migrations.md",
                "---\ndescription: Checks migrations\nmode: primary\n---\n" + NO_CONTRACT);
        onlyWhenStrict("missing-output-contract", ".github/agents/migrations.agent.md",
                "---\ndescription: Checks migrations\ndisable-model-invocation: true\n---\n" + NO_CONTRACT);
        onlyWhenStrict("missing-output-contract", ".claude/agents/migration-checker.md",
                "---\nname: migration-checker\ndescription: Checks migrations\n---\nCheck the migrations for locks.\n");
        onlyWhenStrict("weak-output-contract", ".github/chatmodes/migrations.chatmode.md",
                "---\ndescription: Checks migrations\n---\n" + WEAK_CONTRACT);
    }

    @Test
    void weakContractsAreInfoAtThePhrase() {
        String text = "---\nname: migration-checker\ndescription: Checks migrations\n---\n" + WEAK_CONTRACT;
        Optional<Finding> weak = finding("weak-output-contract", ".claude/agents/migration-checker.md", text, false);
        assertTrue(weak.isPresent());
        assertEquals(Severity.INFO, weak.get().severity());
        assertEquals(12, weak.get().span().startLine());
        assertTrue(finding("missing-output-contract", ".claude/agents/migration-checker.md", text, true).isEmpty());
    }

    @Test
    void filesWithoutFrontMatterOrPromptAreLeftToOtherRules() {
        assertTrue(finding("missing-output-contract", ".claude/agents/notes.md", NO_CONTRACT, true).isEmpty());
        assertTrue(finding("missing-output-contract", ".claude/agents/empty.md",
                "---\nname: empty\ndescription: Nothing yet\n---\n", true).isEmpty());
    }
}
