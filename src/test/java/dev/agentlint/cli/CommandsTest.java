package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.rules.Rules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @TempDir
    Path cwd;

    @Test
    void rulesListsEveryRegisteredRule() {
        CliRun run = CliRun.in(cwd, "rules");
        assertEquals(0, run.exitCode());
        Rules.all().forEach(rule -> assertTrue(run.out().contains("\n" + rule.id() + " "), rule.id()));
        assertTrue(run.out().startsWith("RULE"));
    }

    @Test
    void explainShowsTheRuleDocumentation() {
        CliRun run = CliRun.in(cwd, "explain", "unknown-tool");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("unknown-tool: a tool name is not one the platform provides"), run.out());
        assertTrue(run.out().contains("Bad:") && run.out().contains("Good:"));
    }

    @Test
    void explainOfAnUnknownRuleSuggestsOne() {
        CliRun run = CliRun.in(cwd, "explain", "unknown-tools");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("did you mean \"unknown-tool\"?"), run.err());
    }

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.in(cwd, "--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().matches("agentlint \\d+\\.\\d+\\.\\d+\\S*\\n"), version.out());
        CliRun help = CliRun.in(cwd, "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Exit codes:"), help.out());
        CliRun checkHelp = CliRun.in(cwd, "check", "--help");
        assertTrue(checkHelp.out().contains("--fail-on"), checkHelp.out());
    }

    @Test
    void completionScriptIsGenerated() {
        CliRun run = CliRun.in(cwd, "generate-completion");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("complete -F"), run.out().substring(0, Math.min(200, run.out().length())));
    }
}
