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
        assertEquals(version.out(), CliRun.in(cwd, "-V").out());
        // the version alone is answered without the commands; asked for with help, the help still lists them
        CliRun versionAndHelp = CliRun.in(cwd, "--version", "--help");
        assertEquals(0, versionAndHelp.exitCode());
        assertTrue(versionAndHelp.out().contains("\n  check "), versionAndHelp.out());
        CliRun help = CliRun.in(cwd, "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Exit codes:"), help.out());
        CliRun checkHelp = CliRun.in(cwd, "check", "--help");
        assertTrue(checkHelp.out().contains("--fail-on"), checkHelp.out());
    }

    @Test
    void everyCommandShowsItsOptionsWithTheirDefaultsAndChoices() {
        CliRun check = CliRun.in(cwd, "check", "--help");
        assertEquals(0, check.exitCode());
        assertTrue(check.out().startsWith("Usage: agentlint check [-hqV]"), check.out());
        assertTrue(check.out().contains("Output format: text, json, sarif, github (default:\n"), check.out());
        assertTrue(check.out().contains("warning, info, never (default: error)."), check.out());
        assertTrue(check.out().contains("--max-file-size=SIZE") && check.out().contains("[PATH...]"), check.out());
        CliRun overlap = CliRun.in(cwd, "overlap", "--help");
        assertTrue(overlap.out().contains("(default: 0.3)."), overlap.out());
        CliRun baseline = CliRun.in(cwd, "baseline", "--help");
        assertTrue(baseline.out().contains("-o, --output=FILE"), baseline.out());
        CliRun top = CliRun.in(cwd, "--help");
        for (String command : new String[] {"check", "baseline", "overlap", "rules", "explain", "generate-completion",
                "help"}) {
            assertTrue(top.out().contains("\n  " + command + " "), command + " in\n" + top.out());
        }
    }

    @Test
    void helpNamesACommand() {
        CliRun run = CliRun.in(cwd, "help", "explain");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: agentlint explain [-hV] RULE"), run.out());
    }

    @Test
    void optionsAreReadAndBadValuesAreUsageErrors() {
        assertEquals(2, CliRun.in(cwd, "explain").exitCode());
        assertTrue(CliRun.in(cwd, "explain").err().contains("Missing required parameter: 'RULE'"));
        CliRun size = CliRun.in(cwd, "check", "--max-file-size", "lots", ".");
        assertEquals(2, size.exitCode());
        assertTrue(size.err().contains("'lots' is not a size such as 1048576, 512K or 2M"), size.err());
        CliRun format = CliRun.in(cwd, "check", "--format", "xml", ".");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("--format"), format.err());
        CliRun minScore = CliRun.in(cwd, "overlap", "--min-score", "2", ".");
        assertEquals(2, minScore.exitCode());
        assertTrue(minScore.err().contains("--min-score must be between 0 and 1"), minScore.err());
    }

    @Test
    void completionScriptIsGenerated() {
        CliRun run = CliRun.in(cwd, "generate-completion");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("complete -F"), run.out().substring(0, Math.min(200, run.out().length())));
    }
}
