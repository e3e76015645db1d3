package dev.agentlint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.Linter;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Format;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.schema.SchemaSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RiskyPermissionsTest {

    private static final Linter LINTER = new Linter(Rules.all(), RuleCatalog.load(Rules.all()), new SchemaSet());

    private static List<Finding> risky(String path, String text) {
        return LINTER.lint(List.of(InputFile.of(path, text)), Config.defaults().withStrict(true)).findings().stream()
                .filter(f -> f.ruleId().equals("risky-permissions")).toList();
    }

    @Test
    void bypassWithoutAShellIsNotReported() {
        assertTrue(risky(".claude/agents/a.md", "---\nname: a\ndescription: d\ntools: Read, Edit\n"
                + "permissionMode: bypassPermissions\n---\nEdit the docs.\n").isEmpty());
        assertTrue(risky(".claude/agents/a.md", "---\nname: a\ndescription: d\ndisallowedTools: Bash\n"
                + "permissionMode: bypassPermissions\n---\nEdit the docs.\n").isEmpty());
    }

    @Test
    void modesThatStillAskAreNotReported() {
        for (String mode : List.of("default", "acceptEdits", "plan", "dontAsk", "auto")) {
            assertTrue(risky(".claude/agents/a.md", "---\nname: a\ndescription: d\ntools: Read, Bash\npermissionMode: "
                    + mode + "\n---\nRun the tests.\n").isEmpty(), mode);
        }
    }

    @Test
    void pluginAgentsAreSkippedBecauseClaudeCodeIgnoresTheirMode() {
        String text = "---\nname: a\ndescription: d\ntools: Read, Bash\npermissionMode: bypassPermissions\n---\n"
                + "Run the tests.\n";
        InputFile plugin = new InputFile("plugins/p/agents/a.md", text.getBytes(StandardCharsets.UTF_8),
                Optional.of(Format.CLAUDE_CODE_PLUGIN));
        assertTrue(LINTER.lint(List.of(plugin), Config.defaults().withStrict(true)).findings().stream()
                .noneMatch(f -> f.ruleId().equals("risky-permissions")));
    }

    @Test
    void opencodeCatchAllAllowIsReportedUnlessBashAsks() {
        List<Finding> all = risky(".opencode/agent/a.md",
                "---\ndescription: d\nmode: subagent\npermission:\n  \"*\": allow\n---\nBuild it.\n");
        assertEquals(1, all.size());
        assertTrue(all.get(0).message().contains("\"*\": \"allow\""));
        assertTrue(risky(".opencode/agent/a.md", "---\ndescription: d\nmode: subagent\npermission:\n  \"*\": allow\n"
                + "  bash: ask\n---\nBuild it.\n").isEmpty());
        assertTrue(risky(".opencode/agent/a.md", "---\ndescription: d\nmode: subagent\npermission: allow\n"
                + "tools:\n  bash: false\n---\nBuild it.\n").isEmpty());
    }

    @Test
    void inheritedToolsNeedThePromptToFetchWebContentAndRunCommands() {
        String fetchOnly = "---\nname: a\ndescription: d\n---\nFetch the release notes from the URL you are given and "
                + "summarise them.\n";
        assertTrue(risky(".claude/agents/a.md", fetchOnly).isEmpty());
        String both = "---\nname: a\ndescription: d\n---\nFetch the release notes from the URL you are given, then run "
                + "the migration scripts they mention.\n";
        List<Finding> found = risky(".claude/agents/a.md", both);
        assertEquals(1, found.size());
        assertTrue(found.get(0).message().contains("inherited web, inherited shell and inherited file-writing"));
    }

    @Test
    void negatedQuotedAndDelegatedWebUseIsNotEvidence() {
        String tools = "---\nname: a\ndescription: d\ntools: Read, Edit, Bash, WebFetch\n---\n";
        assertTrue(risky(".claude/agents/a.md", tools + "Never fetch URLs; run the tests with npm test.\n").isEmpty());
        assertTrue(risky(".claude/agents/a.md", tools + "Prefer plain phrasing such as \"use this tool to search the web\""
                + " in prompts. Run the tests.\n").isEmpty());
        assertTrue(risky(".claude/agents/a.md", tools + "Fetching web pages must be delegated to the researcher. "
                + "Run the tests.\n").isEmpty());
    }

    /** A negation counts in its own sentence, and no further back than a sentence of a prompt reaches. */
    @Test
    void aNegationCountsOnlyInTheSentenceOfTheWebUse() {
        String tools = "---\nname: a\ndescription: d\ntools: Read, Edit, Bash, WebFetch\n---\n";
        assertEquals(1, risky(".claude/agents/a.md", tools + "Never guess. Fetch the page at the URL you are given.\n")
                .size());
        assertTrue(risky(".claude/agents/a.md", tools + "Never fetch web pages. ".repeat(2000) + "\n").isEmpty());
        String fetch = "fetch the page at the URL you are given.\n";
        String clauses = "and keep the change small, ".repeat(35);
        assertTrue(risky(".claude/agents/a.md", tools + "Never " + clauses + fetch).isEmpty());
        String longer = "and keep the change small, ".repeat(40);
        assertEquals(1, risky(".claude/agents/a.md", tools + "Never " + longer + fetch).size());
    }

    @Test
    void copilotAgentsWithWebShellAndEditToolsAreReported() {
        List<Finding> found = risky(".github/agents/a.agent.md", "---\ndescription: d\n"
                + "tools: ['web/fetch', 'execute', 'edit']\n---\nRead the GitHub issues assigned to you, reproduce each "
                + "bug, fix it and run the tests.\n");
        assertEquals(1, found.size());
        assertEquals(3, found.get(0).span().startLine());
    }
}
