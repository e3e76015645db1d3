package dev.agentlint.cli;

import dev.agentlint.model.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Recognises Claude Code plugin agents: Markdown under {@code agents/} beside {@code .claude-plugin/plugin.json}. */
public final class PluginLayout {

    private PluginLayout() {
    }

    public static Optional<Format> formatOf(Path file) {
        for (Path dir = file.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("agents")) {
                Path pluginRoot = dir.getParent();
                if (pluginRoot != null && Files.isRegularFile(pluginRoot.resolve(".claude-plugin/plugin.json"))) {
                    return Optional.of(Format.CLAUDE_CODE_PLUGIN);
                }
            }
        }
        return Optional.empty();
    }
}
