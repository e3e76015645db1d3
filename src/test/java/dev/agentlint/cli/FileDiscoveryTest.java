package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.agent.FormatDetector;
import dev.agentlint.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk works out what a directory's files share once per directory; each file it finds must have the path and
 * format that the file's own path gives, and every agent file must be found.
 */
class FileDiscoveryTest {

    private static final List<String> DIRECTORIES = List.of("", ".claude/agents", ".claude/agents/review",
            ".github/agents", ".github/chatmodes", ".opencode/agent", "docs", "docs/.gemini/agents",
            "tools/plugin/agents", "tools/plugin/agents/nested", "node_modules/.claude/agents",
            ".venv/lib/site-packages/.claude/agents", "services/api/.mypy_cache/.github/agents", "src/__pycache__");
    /** Directories of dependencies, environments and caches, never walked. */
    private static final List<String> SKIPPED = List.of("node_modules", ".venv", ".mypy_cache", "__pycache__");
    private static final List<String> NAMES = List.of("reviewer.md", "helper.agent.md", "focus.chatmode.md",
            "notes.txt", "über agent.md", "back\\slash.md", "back\\slash.agent.md", "x\\.claude\\agents\\y.md");

    @TempDir
    Path root;

    @Test
    void everyFileFoundHasThePathAndFormatItsOwnPathGives() throws IOException {
        Files.createDirectories(root.resolve("tools/plugin/.claude-plugin"));
        Files.writeString(root.resolve("tools/plugin/.claude-plugin/plugin.json"), "{\"name\": \"plugin\"}");
        for (String directory : DIRECTORIES) {
            Files.createDirectories(root.resolve(directory));
            for (String name : NAMES) {
                Files.writeString(root.resolve(directory).resolve(name), "---\nname: a\n---\n");
            }
        }
        FileDiscovery discovery = new FileDiscovery(root, Config.defaults());

        discovery.add(root);

        List<String> found = discovery.files().stream().map(file -> file.path() + " " + file.format()).toList();
        List<String> expected = expected();
        assertTrue(expected.size() > 20, "the tree holds agent files of every kind: " + expected);
        assertEquals(expected, found);
    }

    private boolean inside(Path file, String directory) {
        Path parent = root.relativize(file).getParent();
        if (parent == null) {
            return false;
        }
        for (Path name : parent) {
            if (name.toString().equals(directory)) {
                return true;
            }
        }
        return false;
    }

    private String reported(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The agent files of the tree, each judged from its own path alone, in the order of their paths. */
    private List<String> expected() throws IOException {
        PluginLayout plugins = new PluginLayout();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> SKIPPED.stream().noneMatch(skipped -> inside(file, skipped)))
                    .filter(file -> reported(file).endsWith(".md")
                            && (plugins.formatOf(file).isPresent() || FormatDetector.byPath(reported(file)).isPresent()))
                    .sorted(Comparator.comparing(this::reported))
                    .map(file -> reported(file) + " " + plugins.formatOf(file))
                    .toList();
        }
    }
}
