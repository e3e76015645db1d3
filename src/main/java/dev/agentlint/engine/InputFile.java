package dev.agentlint.engine;

import dev.agentlint.model.Format;
import java.util.Optional;

/**
 * A file handed to the linter: its path relative to the root (forward slashes), its bytes, and a format the
 * caller already knows (a plugin agent found beside its manifest), if any.
 */
public record InputFile(String path, byte[] content, Optional<Format> format) {

    public static InputFile of(String path, String text) {
        return new InputFile(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), Optional.empty());
    }
}
