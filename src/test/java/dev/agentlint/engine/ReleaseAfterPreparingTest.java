package dev.agentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;
import dev.agentlint.config.Config;
import dev.agentlint.rule.KeptValue;
import dev.agentlint.rule.ProjectRule;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A large run keeps of each checked file only what project rules prepared and asked to keep. */
class ReleaseAfterPreparingTest {

    private record FirstBodyLine(String text) {
    }

    /** What the project phase found for each file: the kept value, and whether the file's text was still there. */
    private final Map<String, String> seen = new TreeMap<>();

    private final ProjectRule rule = new ProjectRule() {
        @Override
        public String id() {
            return "scope-overlap";
        }

        @Override
        public void prepare(AgentFile file) {
            file.derived(FirstBodyLine.class, f -> new FirstBodyLine(f.source().line(4)));
        }

        @Override
        public List<KeptValue<?>> kept() {
            return List.of(KeptValue.of(FirstBodyLine.class, (line, out) -> out.writeString(line.text()),
                    (file, in) -> new FirstBodyLine(in.readString())));
        }

        @Override
        public void check(Project project, ProjectReporter reporter) {
            for (AgentFile file : project.files()) {
                String kept = project.checked(file)
                        ? file.derived(FirstBodyLine.class, f -> new FirstBodyLine("recomputed")).text()
                        : "context";
                seen.put(file.path(), kept + " | text " + (hasText(file) ? "kept" : "released"));
            }
        }
    };

    @Test
    void checkedFilesKeepWhatWasPreparedAndLoseTheirText() {
        lint(List.of(agent(".claude/agents/a.md", false), agent(".claude/agents/b.md", false)));
        assertEquals(Map.of(".claude/agents/a.md", "You are a. | text released",
                ".claude/agents/b.md", "You are b. | text released"), seen);
    }

    @Test
    void contextFilesAreNeverReleasedSinceNothingWasPreparedForThem() {
        lint(List.of(agent(".claude/agents/a.md", false), agent(".claude/agents/b.md", true)));
        assertEquals("You are a. | text released", seen.get(".claude/agents/a.md"));
        assertEquals("context | text kept", seen.get(".claude/agents/b.md"));
    }

    @Test
    void aLoneFileIsNotReleased() {
        lint(List.of(agent(".claude/agents/a.md", false)));
        assertTrue(seen.get(".claude/agents/a.md").endsWith("text kept"));
    }

    private void lint(List<InputFile> files) {
        LintResult result = new Linter(List.of(rule), RuleCatalog.load(Rules.all()), new SchemaSet())
                .lint(files, Config.defaults());
        assertEquals(List.of(), result.failures());
    }

    private static boolean hasText(AgentFile file) {
        try {
            return file.source() != null;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static InputFile agent(String path, boolean context) {
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        String text = "---\nname: " + name + "\n---\nYou are " + name + ".\n";
        return new InputFile(path, text.getBytes(StandardCharsets.UTF_8), Optional.empty(), context);
    }
}
