package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.model.SourceText;
import dev.agentlint.parse.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code .pre-commit-hooks.yaml} itself, checked without pre-commit: both hooks, their settings, their files. */
class PreCommitHooksFileTest {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();

    private static final List<String> AGENT_FILES = List.of(
            ".claude/agents/reviewer.md",
            "sub/project/.claude/agents/team/reviewer.md",
            "agents/reviewer.md",
            "plugins/reviews/agents/reviewer.md",
            ".github/agents/reviewer.md",
            ".github/agents/reviewer.agent.md",
            "docs/reviewer.agent.md",
            ".github/chatmodes/plan.md",
            ".github/chatmodes/plan.chatmode.md",
            "plan.chatmode.md",
            ".opencode/agent/review.md",
            ".opencode/agents/review.md",
            ".gemini/agents/reader.md",
            ".cursor/agents/reviewer.md");
    private static final List<String> OTHER_FILES = List.of(
            "README.md",
            "docs/guide.md",
            ".claude/agents/notes.txt",
            ".claude/commands/review.md",
            "myagents/reviewer.md",
            ".github/workflows/ci.yml",
            ".github/copilot-instructions.md",
            "reviewer.agent.md.bak");

    @Test
    void bothHooksMatchTheFilesOfEverySupportedFormatAndNothingElse() throws IOException {
        String text = Files.readString(REPO.resolve(".pre-commit-hooks.yaml"), StandardCharsets.UTF_8);
        JsonNode hooks = YamlReader.read(SourceText.of(text), text, 1).root();
        assertTrue(hooks != null && hooks.isArray() && hooks.size() == 2, text);
        Map<String, JsonNode> byId = new HashMap<>();
        hooks.forEach(hook -> byId.put(hook.path("id").asString(), hook));

        assertEquals("script", byId.get("agentlint").path("language").asString());
        assertEquals("bin/agentlint", byId.get("agentlint").path("entry").asString());
        assertTrue(Files.isExecutable(REPO.resolve("bin/agentlint")), "bin/agentlint must be executable");
        assertEquals("system", byId.get("agentlint-system").path("language").asString());
        assertEquals("agentlint", byId.get("agentlint-system").path("entry").asString());
        assertEquals(byId.get("agentlint").path("files"), byId.get("agentlint-system").path("files"));

        for (JsonNode hook : hooks) {
            String id = hook.path("id").asString();
            assertTrue(hook.path("require_serial").asBoolean(false), id + ": require_serial");
            assertTrue(hook.path("pass_filenames").asBoolean(false), id + ": pass_filenames");
            // The end-to-end test runs Debian's pre-commit 3.0.4, so the minimum must stay at or below it.
            assertEquals("3.0.0", hook.path("minimum_pre_commit_version").asString(), id);
            assertFalse(hook.path("description").asString("").isBlank(), id + ": description");
            // pre-commit applies `files` with Python's re.search; this pattern means the same in Java.
            Pattern files = Pattern.compile(hook.path("files").asString());
            for (String agent : AGENT_FILES) {
                assertTrue(files.matcher(agent).find(), id + " must match " + agent);
            }
            for (String other : OTHER_FILES) {
                assertFalse(files.matcher(other).find(), id + " must not match " + other);
            }
        }
    }
}
