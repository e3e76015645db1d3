package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.report.SarifValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BaselineAndSuppressionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AGENT = """
            ---
            name: test-runner
            description: Runs the tests for the changed files
            tools: Read, Reed
            color: teal
            ---
            Run the tests and report failures.
            """;

    @TempDir
    Path repo;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write(".claude/agents/test-runner.md", AGENT);
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void aBaselineAcceptsTodaysFindingsEvenAfterTheyMove() throws IOException {
        CliRun written = CliRun.in(repo, "baseline");
        assertEquals(0, written.exitCode(), written.err());
        assertEquals("wrote 2 findings to .agentlint-baseline.json\n", written.out());
        String text = Files.readString(repo.resolve(".agentlint-baseline.json"));
        assertTrue(text.endsWith("}\n"), "a file of text ends with a line break");
        JsonNode baseline = JSON.readTree(text);
        assertEquals(2, baseline.path("findings").size());

        CliRun accepted = CliRun.in(repo, "--baseline", ".agentlint-baseline.json");
        assertEquals(0, accepted.exitCode(), accepted.out());
        assertTrue(accepted.out().startsWith("1 file checked: no problems"), accepted.out());

        write(".claude/agents/test-runner.md", AGENT.replace("description:", "model: sonnet\ndescription:"));
        CliRun moved = CliRun.in(repo, "--baseline", ".agentlint-baseline.json");
        assertEquals(0, moved.exitCode(), "findings moved down a line are still in the baseline: " + moved.out());
    }

    @Test
    void aNewProblemOrASecondCopyOfAnAcceptedOneIsStillReported() throws IOException {
        CliRun.in(repo, "baseline");
        write(".claude/agents/test-runner.md", AGENT.replace("tools: Read, Reed", "tools: Read, Reed, Grpe"));
        CliRun run = CliRun.in(repo, "--no-color", "--fail-on", "warning", "--baseline", ".agentlint-baseline.json");
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("unknown tool \"Grpe\""), run.out());
        assertFalse(run.out().contains("unknown tool \"Reed\""), run.out());
        assertFalse(run.out().contains("color \"teal\""), run.out());
    }

    @Test
    void anInvalidBaselineIsAUsageError() throws IOException {
        write("broken.json", "{\"findings\": 3}");
        CliRun run = CliRun.in(repo, "--baseline", "broken.json");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("agentlint: invalid baseline broken.json: not an agentlint baseline"),
                run.err());
        assertEquals(2, CliRun.in(repo, "--baseline", "missing.json").exitCode());
    }

    @Test
    void suppressedFindingsLeaveEveryOutputUnlessSarifIsAskedToKeepThem() throws IOException {
        write(".claude/agents/test-runner.md", AGENT
                .replace("tools: Read, Reed", "tools: Read, Reed # agentlint-disable-line unknown-tool -- fork tool"));
        CliRun text = CliRun.in(repo, "--no-color");
        assertFalse(text.out().contains("Reed"), text.out());
        assertTrue(text.out().contains("color \"teal\""));
        CliRun json = CliRun.in(repo, "--format", "json");
        assertFalse(json.out().contains("unknown-tool"), json.out());
        CliRun github = CliRun.in(repo, "--format", "github");
        assertFalse(github.out().contains("unknown-tool"), github.out());

        CliRun sarif = CliRun.in(repo, "--format", "sarif");
        SarifValidation.assertValidSarif(sarif.out());
        assertEquals(List.of("invalid-value"), ruleIds(sarif.out()));

        CliRun kept = CliRun.in(repo, "--format", "sarif", "--include-suppressed");
        SarifValidation.assertValidSarif(kept.out());
        List<JsonNode> results = results(kept.out());
        assertEquals(2, results.size());
        for (JsonNode result : results) {
            JsonNode suppressions = result.path("suppressions");
            assertTrue(suppressions.isArray(), "every result has a suppressions array once one has");
            if (result.path("ruleId").asString().equals("unknown-tool")) {
                assertEquals("inSource", suppressions.get(0).path("kind").asString());
                assertEquals("fork tool", suppressions.get(0).path("justification").asString());
            } else {
                assertTrue(suppressions.isEmpty());
            }
        }
    }

    private static List<JsonNode> results(String sarif) {
        JsonNode results = JSON.readTree(sarif).path("runs").get(0).path("results");
        return StreamSupport.stream(results.spliterator(), false).toList();
    }

    private static List<String> ruleIds(String sarif) {
        return results(sarif).stream().map(r -> r.path("ruleId").asString()).toList();
    }
}
