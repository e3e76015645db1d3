package dev.agentlint.vocab;

import dev.agentlint.model.Format;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The vocabularies of all platforms, each loaded on first use. */
public final class Vocabularies {

    /** Every platform with a vocabulary file, in the order hints prefer them. */
    public static final List<String> PLATFORMS = List.of("claude-code", "copilot", "gemini-cli", "opencode", "cursor");

    private final Map<String, Vocabulary> loaded = new ConcurrentHashMap<>();

    public Vocabulary of(Format format) {
        return of(format.platform());
    }

    public Vocabulary of(String platform) {
        return loaded.computeIfAbsent(platform, Vocabulary::load);
    }

    /** The platform, other than {@code except}, whose own tools include {@code name} by name. */
    public Optional<String> platformOfTool(String name, String except) {
        for (String platform : PLATFORMS) {
            if (!platform.equals(except)) {
                Vocabulary.ToolStatus status = of(platform).toolStatus(name);
                if (status != Vocabulary.ToolStatus.UNKNOWN && status != Vocabulary.ToolStatus.PATTERN) {
                    return Optional.of(platform);
                }
            }
        }
        return Optional.empty();
    }
}
