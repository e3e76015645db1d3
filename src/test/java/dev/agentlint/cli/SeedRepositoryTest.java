package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five seed agents the project started from, laid out as one repository. They are real agents kept beside the
 * repository rather than in it; a clone without them skips these tests.
 */
class SeedRepositoryTest {

    private static final Path SEEDS = Path.of(System.getProperty("agentlint.repo", ".")).resolve("../shared/seeds");

    @TempDir
    static Path repo;
    private static List<JsonNode> findings;
    private static int exitCode;

    /** Copies the seeds to the places their formats live. */
    private static void layOut(Path repo) throws IOException {
        copy("000_0ab5a108e498a0af.txt", repo.resolve(".claude/agents/coder.md"));
        copy("001_c7568c3d62952b4c.txt", repo.resolve(".claude/agents/backend-coder.md"));
        copy("002_e3b55e8b8356fd2e.txt", repo.resolve(".claude/agents/python-coder.md"));
        copy("003_dae0d4d3c8238dde.txt", repo.resolve(".github/chatmodes/backend-implementer.chatmode.md"));
        copy("004_cd468be7fdfb3fde.txt", repo.resolve(".github/agents/python-coder.agent.md"));
        Files.createDirectories(repo.resolve(".git"));
    }

    private static void copy(String seed, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(SEEDS.resolve(seed), target);
    }

    @BeforeAll
    static void lint() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "the seed agents are not beside this clone: " + SEEDS.normalize());
        layOut(repo);
        CliRun run = CliRun.in(repo, "--format", "json");
        exitCode = run.exitCode();
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        findings = StreamSupport.stream(root.path("findings").spliterator(), false).toList();
    }

    @Test
    void theRunFailsBecauseOfTheChatModeToolsMap() {
        assertEquals(1, exitCode);
        List<JsonNode> errors = findings.stream().filter(f -> f.path("severity").asString().equals("error")).toList();
        assertEquals(1, errors.size(), errors.toString());
        JsonNode toolsMap = errors.get(0);
        assertEquals(".github/chatmodes/backend-implementer.chatmode.md", toolsMap.path("path").asString());
        assertEquals("invalid-value", toolsMap.path("ruleId").asString());
        assertPosition(toolsMap, 5, 1, 5, 6);
        assertTrue(toolsMap.path("message").asString().contains("no runtime reads \"allowed\"/\"denied\""));
    }

    @Test
    void theChatModeKeyModeIsUnknown() {
        JsonNode mode = only(".github/chatmodes/backend-implementer.chatmode.md", "unknown-field");
        assertPosition(mode, 2, 1, 2, 5);
        assertTrue(mode.path("message").asString().startsWith("unknown field \"mode\""));
    }

    @Test
    void theCopilotAgentsLegacyToolNamesAreDeprecated() {
        List<String> legacy = findings.stream()
                .filter(f -> f.path("path").asString().equals(".github/agents/python-coder.agent.md"))
                .filter(f -> f.path("ruleId").asString().equals("deprecated"))
                .map(f -> f.path("start").path("line").asInt() + ":" + f.path("start").path("column").asInt())
                .toList();
        assertEquals(List.of("3:17", "3:42", "3:54", "3:64", "3:76", "3:87"), legacy);
    }

    @Test
    void theCoderIsNotReportedForItsColourOrItsToolList() {
        List<JsonNode> coder = findings.stream()
                .filter(f -> f.path("path").asString().equals(".claude/agents/coder.md")).toList();
        assertTrue(coder.stream().noneMatch(f -> f.path("severity").asString().equals("error")), coder.toString());
        assertTrue(coder.stream().noneMatch(f -> f.path("message").asString().contains("color")));
        JsonNode multiEdit = coder.stream().filter(f -> f.path("message").asString().contains("MultiEdit"))
                .findFirst().orElseThrow();
        assertEquals("warning", multiEdit.path("severity").asString());
        assertPosition(multiEdit, 11, 5, 11, 14);
    }

    @Test
    void theChatModesCoverageThresholdConflictsWithThePythonCoders() {
        JsonNode coverage = only(".github/chatmodes/backend-implementer.chatmode.md", "conflicting-policies");
        assertTrue(coverage.path("message").asString().startsWith("this sets test coverage to 70% while "
                + "\"python-coder\" (.claude/agents/python-coder.md) requires 90%"), coverage.toString());
        assertEquals(".claude/agents/python-coder.md", coverage.path("related").get(0).path("path").asString());
    }

    @Test
    void theAgentsTheCodersHandWorkToAreMissing() {
        List<String> missing = findings.stream().filter(f -> f.path("ruleId").asString()
                .equals("unknown-agent-reference")).map(f -> f.path("message").asString().split("\"")[1]).toList();
        assertEquals(List.of("backend-architect", "architect", "code-reviewer", "debugger"), missing);
    }

    private static JsonNode only(String path, String ruleId) {
        List<JsonNode> matching = findings.stream().filter(f -> f.path("path").asString().equals(path)
                && f.path("ruleId").asString().equals(ruleId)).toList();
        assertEquals(1, matching.size(), matching.toString());
        return matching.get(0);
    }

    private static void assertPosition(JsonNode finding, int line, int column, int endLine, int endColumn) {
        assertEquals(line + ":" + column + "-" + endLine + ":" + endColumn,
                finding.path("start").path("line").asInt() + ":" + finding.path("start").path("column").asInt() + "-"
                        + finding.path("end").path("line").asInt() + ":" + finding.path("end").path("column").asInt());
    }
}
