package dev.agentlint.cache;

import dev.agentlint.io.ChunkedBytes;
import dev.agentlint.model.Span;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes what one file's checks left for the result cache: numbers as variable-length integers, and each distinct
 * string once and then by its number, since a file's comparison keys recur in several of its sets.
 */
public final class EntryWriter {

    /** In pieces: a run's comparisons make one entry of many megabytes, which a growing array would copy often. */
    private final ChunkedBytes bytes = new ChunkedBytes();
    private final Map<String, Integer> strings = new HashMap<>();

    public void writeInt(int value) {
        int zigzag = (value << 1) ^ (value >> 31);
        while ((zigzag & ~0x7F) != 0) {
            bytes.write((zigzag & 0x7F) | 0x80);
            zigzag >>>= 7;
        }
        bytes.write(zigzag);
    }

    public void writeBoolean(boolean value) {
        bytes.write(value ? 1 : 0);
    }

    /** A string, or {@code null}. */
    public void writeString(String value) {
        if (value == null) {
            writeInt(EntryReader.NULL);
            return;
        }
        Integer seen = strings.get(value);
        if (seen != null) {
            writeInt(seen);
            return;
        }
        strings.put(value, EntryReader.FIRST_STRING + strings.size());
        writeInt(EntryReader.NEW_STRING);
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        bytes.write(utf8, 0, utf8.length);
    }

    public void writeEnum(Enum<?> value) {
        writeInt(value.ordinal());
    }

    /** A span, or {@code null}. */
    public void writeSpan(Span span) {
        writeBoolean(span != null);
        if (span != null) {
            writeInt(span.startLine());
            writeInt(span.startColumn());
            writeInt(span.endLine());
            writeInt(span.endColumn());
        }
    }

    /** Strings in their iteration order. */
    public void writeStrings(Collection<String> values) {
        writeInt(values.size());
        values.forEach(this::writeString);
    }

    public <T> void writeList(List<T> values, BiConsumer<EntryWriter, T> element) {
        writeInt(values.size());
        values.forEach(value -> element.accept(this, value));
    }

    public byte[] toByteArray() {
        return bytes.toByteArray();
    }

    /** The bytes written, in the pieces they were written to, for an entry too large to copy into one array. */
    public ChunkedBytes pieces() {
        return bytes;
    }
}
