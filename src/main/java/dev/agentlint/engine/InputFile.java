package dev.agentlint.engine;

import dev.agentlint.model.Format;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A file handed to the linter: its path relative to the root (forward slashes), its bytes, and a format the
 * caller already knows (a plugin agent found beside its manifest), if any.
 *
 * @param context whether the file is only context for rules that compare agents (the rest of a repository when
 *     a pre-commit hook passes one changed file): it is not checked itself and no finding is reported on it
 * @param size the file's size in bytes; larger than {@code content} when only the start of a file too large to
 *     check was read
 */
public record InputFile(String path, byte[] content, Optional<Format> format, boolean context, long size) {

    public InputFile(String path, byte[] content, Optional<Format> format, boolean context) {
        this(path, content, format, context, content.length);
    }

    public InputFile(String path, byte[] content, Optional<Format> format) {
        this(path, content, format, false);
    }

    public static InputFile of(String path, String text) {
        return new InputFile(path, text.getBytes(StandardCharsets.UTF_8), Optional.empty(), false);
    }
}
