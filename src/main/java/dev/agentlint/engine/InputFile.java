package dev.agentlint.engine;

import dev.agentlint.model.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A file handed to the linter: its path relative to the root (forward slashes), how to read its bytes, and a format
 * the caller already knows (a plugin agent found beside its manifest), if any. The bytes are read when the linter
 * gets to the file, so a run over thousands of files holds only those being checked.
 *
 * @param context whether the file is only context for rules that compare agents (the rest of a repository when
 *     a pre-commit hook passes one changed file): it is not checked itself and no finding is reported on it
 * @param size the file's size in bytes as last seen; a file larger than the maximum is not read
 * @param modified when the file was last modified as last seen, in milliseconds since the epoch, or
 *     {@link #UNKNOWN_TIME}; with the size, it tells the result cache that a file is unchanged without reading it
 */
public record InputFile(String path, Content content, Optional<Format> format, boolean context, long size,
        long modified) {

    public static final long UNKNOWN_TIME = Long.MIN_VALUE;

    /** Reads a file's bytes; a failure's message says why in a few words ("permission denied"). */
    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    public InputFile(String path, byte[] content, Optional<Format> format, boolean context) {
        this(path, () -> content, format, context, content.length, UNKNOWN_TIME);
    }

    public InputFile(String path, byte[] content, Optional<Format> format) {
        this(path, content, format, false);
    }

    /** The same file under another string of its path. */
    InputFile withPath(String samePath) {
        return new InputFile(samePath, content, format, context, size, modified);
    }

    public static InputFile of(String path, String text) {
        return new InputFile(path, text.getBytes(StandardCharsets.UTF_8), Optional.empty(), false);
    }
}
