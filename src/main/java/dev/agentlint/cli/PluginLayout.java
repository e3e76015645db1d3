package dev.agentlint.cli;

import dev.agentlint.model.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognises Claude Code plugin agents: Markdown under {@code agents/} beside {@code .claude-plugin/plugin.json}.
 * Each directory's manifest is looked for once, however many agents lie below it; safe to ask from several threads.
 */
public final class PluginLayout {

    private final Map<Path, Boolean> manifests = new ConcurrentHashMap<>();

    public Optional<Format> formatOf(Path file) {
        return formatOfFilesIn(file.toAbsolutePath().getParent());
    }

    /** The format of the Markdown files directly in a directory, given as an absolute path. */
    Optional<Format> formatOfFilesIn(Path directory) {
        for (Path dir = directory; dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("agents")) {
                Path pluginRoot = dir.getParent();
                if (pluginRoot != null && manifests.computeIfAbsent(pluginRoot, PluginLayout::hasManifest)) {
                    return Optional.of(Format.CLAUDE_CODE_PLUGIN);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasManifest(Path pluginRoot) {
        return Files.isRegularFile(pluginRoot.resolve(".claude-plugin/plugin.json"));
    }
}
