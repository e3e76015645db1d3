package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {

    private static final String CLEAN = """
            ---
            name: code-reviewer
            description: Reviews diffs for missing tests
            tools: Read, Grep
            ---
            Review the diff and list each behaviour change without a test.
            """;
    private static final String TYPO = """
            ---
            name: test-runner
            description: Runs the tests for the changed files
            tools: Read, Reed
            color: teal
            ---
            Run the tests and report failures.
            """;

    /** An agent that hands its work to the code reviewer. */
    private static final String CODER = """
            ---
            name: coder
            description: Implements features from a plan
            tools: Read, Edit
            ---
            Implement the change, then hand the diff to the code-reviewer agent.
            """;

    /** The first line of a finding in the text report: its file and line. */
    private static final Pattern FINDING_HEADER = Pattern.compile("^(\\S+\\.md):(\\d+):\\d+: ");

    @TempDir
    Path repo;

    private Path write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void cleanRepositoryExitsZeroWithASummary() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write(".claude/agents/code-reviewer.md", CLEAN);
        CliRun run = CliRun.in(repo);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("1 file checked: no problems ("), run.out());
    }

    @Test
    void findingsPrintFileLineColumnSeverityMessageAndRuleWithACodeFrame() throws IOException {
        write(".claude/agents/test-runner.md", TYPO);
        CliRun run = CliRun.in(repo, "--no-color", ".");
        assertEquals(1, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals(".claude/agents/test-runner.md:4:14: warning: unknown tool \"Reed\"; did you mean \"Read\"? "
                + "(Claude Code drops it) [unknown-tool]", lines.get(0));
        assertEquals("    4 | tools: Read, Reed", lines.get(1));
        assertEquals("      |              ^~~~", lines.get(2));
        assertTrue(lines.get(3).startsWith(".claude/agents/test-runner.md:5:8: error: color \"teal\""), lines.get(3));
        assertTrue(lines.get(lines.size() - 1).startsWith("1 file checked: 1 error, 1 warning, 0 info"));
    }

    @Test
    void aLargeTextReportShowsEachFindingWithItsOwnFilesLineInPathOrder() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        int agents = 600;
        for (int i = 0; i < agents; i++) {
            write(".claude/agents/agent-" + i + ".md", "---\nname: agent-" + i + "\ndescription: Handles case " + i
                    + " of the batch import\n" + "\n".repeat(i % 7) + "tools: Read, Tool" + i + "\n---\nRun "
                    + "step " + i + ".\n");
        }
        CliRun run = CliRun.in(repo, "--no-color", ".");
        List<String> lines = run.out().lines().toList();
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher header = FINDING_HEADER.matcher(lines.get(i));
            if (header.find()) {
                headers.add(header.group(1));
                int line = Integer.parseInt(header.group(2));
                String source = Files.readAllLines(repo.resolve(header.group(1))).get(line - 1);
                assertEquals(String.format("%5d | %s", line, source), lines.get(i + 1), lines.get(i));
            }
        }
        assertEquals(headers.stream().sorted().toList(), headers, "files in path order");
        assertEquals(agents, headers.stream().filter(h -> h.contains("agent-")).distinct().count());
    }

    @Test
    void missingPathIsAUsageError() {
        CliRun run = CliRun.in(repo, "no/such/dir");
        assertEquals(2, run.exitCode());
        assertEquals("agentlint: no such file or directory: no/such/dir\n", run.err());
        assertEquals("", run.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.in(repo, "--frobnicate");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void failOnDecidesTheExitCode() throws IOException {
        write(".claude/agents/a.md", CLEAN.replace("tools: Read, Grep", "tools: Read, Reed"));
        assertEquals(0, CliRun.in(repo, ".").exitCode(), "a warning does not fail at the default threshold");
        assertEquals(1, CliRun.in(repo, "--fail-on", "warning", ".").exitCode());
        write(".claude/agents/b.md", TYPO);
        assertEquals(0, CliRun.in(repo, "--fail-on", "never", ".").exitCode());
    }

    @Test
    void explicitFilesAreLintedWhateverTheirPath() throws IOException {
        write("docs/agent-draft.md", TYPO);
        CliRun run = CliRun.in(repo, "--no-color", "docs/agent-draft.md");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("docs/agent-draft.md:5:8: error: color \"teal\""), run.out());
        CliRun directory = CliRun.in(repo, "docs");
        assertEquals(0, directory.exitCode(), "a plain Markdown file in a directory is not an agent file");
        assertTrue(directory.out().startsWith("0 files checked"), directory.out());
    }

    @Test
    void jsonOutputHasTheDocumentedShape() throws IOException {
        write(".claude/agents/test-runner.md", TYPO);
        CliRun run = CliRun.in(repo, "--format", "json", ".");
        assertEquals(1, run.exitCode());
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertEquals(1, root.path("schemaVersion").asInt());
        assertEquals(1, root.path("summary").path("errors").asInt());
        JsonNode first = root.path("findings").get(0);
        assertEquals("unknown-tool", first.path("ruleId").asString());
        assertEquals(".claude/agents/test-runner.md", first.path("path").asString());
        assertEquals(4, first.path("start").path("line").asInt());
        assertEquals(14, first.path("start").path("column").asInt());
        assertEquals(18, first.path("end").path("column").asInt());
    }

    @Test
    void outputFileIsWrittenWholeAndAnUnwritableOneIsAUsageError() throws IOException {
        write(".claude/agents/test-runner.md", TYPO);
        CliRun written = CliRun.in(repo, "--format", "json", "--output", "report.json", ".");
        assertEquals(1, written.exitCode());
        assertEquals("", written.out());
        assertTrue(Files.readString(repo.resolve("report.json")).contains("\"unknown-tool\""));
        CliRun unwritable = CliRun.in(repo, "--output", "missing-dir/report.txt", ".");
        assertEquals(2, unwritable.exitCode());
        assertTrue(unwritable.err().startsWith("agentlint: cannot write missing-dir/report.txt"), unwritable.err());
        assertFalse(Files.exists(repo.resolve("missing-dir")));
    }

    @Test
    void configurationTurnsRulesOffAndMapsFormats() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write(".claude/agents/test-runner.md", TYPO);
        write("prompts/gemini-reader.md", """
                ---
                name: log-reader
                description: Reads logs
                tools: [read_file, Bash]
                ---
                Read the logs.
                """);
        write(".agentlint.yaml", """
                rules:
                  invalid-value: off
                include: ["prompts/*.md"]
                formats:
                  "prompts/*.md": gemini-cli
                """);
        CliRun run = CliRun.in(repo, "--no-color");
        assertFalse(run.out().contains("[invalid-value]"), run.out());
        assertTrue(run.out().contains("prompts/gemini-reader.md:4:20: error: unknown tool \"Bash\"; it is a Claude "
                + "Code tool (Gemini CLI refuses to load the agent) [unknown-tool]"), run.out());
    }

    @Test
    void invalidConfigurationIsReportedWithItsPositionAndExitsTwo() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write(".claude/agents/code-reviewer.md", CLEAN);
        write(".agentlint.yaml", """
                rules:
                  unknown-tol: off
                  deprecated: loud
                """);
        CliRun run = CliRun.in(repo);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(".agentlint.yaml:3:15: error: rules.deprecated \"loud\" is not one of off, info, warning, error"), run.err());
        CliRun typo = CliRun.in(repo, "--config", ".agentlint.yaml");
        assertEquals(2, typo.exitCode());
    }

    @Test
    void unknownRuleInConfigurationSuggestsTheClosestId() throws IOException {
        write(".agentlint.yaml", "rules:\n  unknown-tol: off\n");
        CliRun run = CliRun.in(repo, "--config", ".agentlint.yaml", ".");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains(".agentlint.yaml:2:3: error: unknown rule \"unknown-tol\"; did you mean "
                + "\"unknown-tool\"?"), run.err());
    }

    @Test
    void pathsAreRelativeToTheRootInJsonAndToTheWorkingDirectoryInText() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write("service/.claude/agents/test-runner.md", TYPO);
        Path service = repo.resolve("service");
        CliRun text = CliRun.in(service, "--no-color", ".");
        assertTrue(text.out().startsWith(".claude/agents/test-runner.md:4:14:"), text.out());
        CliRun json = CliRun.in(service, "--format", "json", ".");
        assertTrue(json.out().contains("\"path\" : \"service/.claude/agents/test-runner.md\""), json.out());
    }

    @Test
    void aSymlinkLoopDoesNotHangTheWalk() throws IOException {
        write(".claude/agents/code-reviewer.md", CLEAN);
        Files.createSymbolicLink(repo.resolve(".claude/agents/loop"), repo.resolve(".claude"));
        CliRun run = CliRun.in(repo, ".");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("1 file checked"), run.out());
    }

    @Test
    void aLinkToAFileInsideTheRootIsCheckedAndOneToAFileOutsideIsNot(@TempDir Path elsewhere) throws IOException {
        Path shared = write("shared/test-runner.md", TYPO);
        Path outside = elsewhere.resolve("coder.md");
        Files.writeString(outside, CODER.replace("tools: Read, Edit", "tools: Read, Edt"), StandardCharsets.UTF_8);
        Files.createDirectories(repo.resolve(".claude/agents"));
        Files.createSymbolicLink(repo.resolve(".claude/agents/test-runner.md"), shared);
        Files.createSymbolicLink(repo.resolve(".claude/agents/coder.md"), outside);
        CliRun run = CliRun.in(repo, "--no-color", ".");
        assertTrue(run.out().contains(".claude/agents/test-runner.md:4:14: warning: unknown tool \"Reed\""),
                run.out());
        assertFalse(run.out().contains("Edt"), run.out());
        assertTrue(run.out().contains("1 file checked"), run.out());
    }

    @Test
    void aDirectoryNamedThroughALinkIsWalkedAndALinkMetInTheWalkIsNot() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write("real-service/.claude/agents/test-runner.md", TYPO);
        Files.createSymbolicLink(repo.resolve("service"), repo.resolve("real-service"));
        CliRun named = CliRun.in(repo, "--no-color", "service");
        assertTrue(named.out().startsWith("service/.claude/agents/test-runner.md:4:14: warning: unknown tool"),
                named.out());
        CliRun walked = CliRun.in(repo, "--no-color", ".");
        assertTrue(walked.out().contains("real-service/.claude/agents/test-runner.md:4:14:"), walked.out());
        assertTrue(walked.out().contains("1 file checked"), "the link is not walked again: " + walked.out());
    }

    @Test
    void pluginAgentsAreThoseUnderAgentsBesideAPluginManifest() throws IOException {
        String agent = "---\nname: %s\ndescription: Reviews %s changes for style\ntools: Read, Bash\n"
                + "permissionMode: bypassPermissions\n---\nRun the tests.\n";
        write("plugins/reviews/.claude-plugin/plugin.json", "{\"name\": \"reviews\"}\n");
        write("plugins/reviews/agents/style.md", agent.formatted("style", "style"));
        write("plugins/reviews/agents/naming.md", agent.formatted("naming", "naming"));
        write("plugins/loose/agents/spelling.md", agent.formatted("spelling", "spelling"));
        CliRun run = CliRun.in(repo, "--no-color", ".");
        for (String name : List.of("style", "naming")) {
            assertTrue(run.out().contains("plugins/reviews/agents/" + name + ".md:5:1: warning: field "
                    + "\"permissionMode\" is ignored for plugin agents"), run.out());
        }
        assertFalse(run.out().contains("plugins/loose"), "agents/ without a manifest beside it holds no plugin");
        assertTrue(run.out().contains("2 files checked"), run.out());
    }

    @Test
    void quietPrintsErrorsOnly() throws IOException {
        write(".claude/agents/test-runner.md", TYPO);
        CliRun run = CliRun.in(repo, "--quiet", "--no-color", ".");
        assertEquals(1, run.exitCode());
        assertFalse(run.out().contains("warning"), run.out());
        assertFalse(run.out().contains("checked"), run.out());
        assertTrue(run.out().contains("error: color \"teal\""), run.out());
    }

    @Test
    void fileContentCannotInjectTerminalEscapes() throws IOException {
        write(".claude/agents/x.md", TYPO.replace("Reed", "Re\u001b[31med"));
        CliRun run = CliRun.in(repo, ".");
        assertFalse(run.out().contains("\u001b"), run.out());
        assertTrue(run.out().contains("Re\\u001b[31med"), run.out());
    }

    @Test
    void aSingleChangedFileIsCheckedAgainstTheRestOfTheRepository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write(".claude/agents/code-reviewer.md", CLEAN);
        write(".claude/agents/coder.md",
                CODER + "Ask the security-auditor agent about anything touching authentication.\n");
        CliRun run = CliRun.in(repo, "--no-color", ".claude/agents/coder.md");
        assertTrue(run.out().contains("no agent named \"security-auditor\""), run.out());
        assertFalse(run.out().contains("\"code-reviewer\""), "the reviewer exists elsewhere in the repository");
        assertTrue(run.out().contains("1 file checked"), "context files are not reported as checked: " + run.out());
        write(".claude/agents/code-reviewer.md", CLEAN.replace("tools: Read, Grep", "tools: Read, Reed"));
        assertFalse(CliRun.in(repo, ".claude/agents/coder.md").out().contains("Reed"),
                "findings in context files are not reported");
    }

    @Test
    void outsideARepositoryANamedFileIsComparedWithTheAgentsOfItsOwnAgentDirectory() throws IOException {
        // no .git, no configuration: the working directory is the root only for want of one, and may be a home
        write(".claude/agents/code-reviewer.md", CLEAN);
        write(".claude/agents/review/coder.md",
                CODER + "Ask the security-auditor agent about anything touching authentication.\n");
        write("archive/.claude/agents/security-auditor.md", CLEAN.replace("code-reviewer", "security-auditor"));
        CliRun run = CliRun.in(repo, "--no-color", ".claude/agents/review/coder.md");
        assertFalse(run.out().contains("\"code-reviewer\""), "the agents of its agent directory are read: " + run.out());
        assertTrue(run.out().contains("no agent named \"security-auditor\""),
                "agents elsewhere below the working directory are not: " + run.out());

        Files.createDirectories(repo.resolve(".git"));
        CliRun inRepository = CliRun.in(repo, "--no-color", ".claude/agents/review/coder.md");
        assertFalse(inRepository.out().contains("security-auditor"), "in a repository every agent of it is read");
    }

    @Test
    void aFileFromOutsideTheRootIsNotResolvedAgainstTheRootsAgents(@TempDir Path elsewhere) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write(".claude/agents/code-reviewer.md", CLEAN);
        write(".claude/agents/coder.md", CODER);
        assertFalse(CliRun.in(repo, "--no-color", ".claude/agents/coder.md").out().contains("code-reviewer"),
                "a file in the root has the root's agents");
        Path outside = elsewhere.resolve(".claude/agents/coder.md");
        Files.createDirectories(outside.getParent());
        Files.writeString(outside, CODER, StandardCharsets.UTF_8);
        CliRun run = CliRun.in(repo, "--no-color", outside.toString());
        assertTrue(run.out().contains("no agent named \"code-reviewer\""), run.out());
        assertTrue(run.out().contains("1 file checked"), run.out());
    }
}
