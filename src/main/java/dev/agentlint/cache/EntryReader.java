package dev.agentlint.cache;

import dev.agentlint.model.Span;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads what an {@link EntryWriter} wrote; a damaged entry throws {@link DamagedEntry}. */
public final class EntryReader {

    static final int NULL = 0;
    static final int NEW_STRING = 1;
    static final int FIRST_STRING = 2;
    /** Each enum's constants, read once: {@code getEnumConstants} copies them at every call. */
    private static final ClassValue<Object[]> ENUM_CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private final byte[] bytes;
    private int at;
    /** Where the entry's bytes end in {@link #bytes}. */
    private final int end;
    private final List<String> strings = new ArrayList<>();

    public EntryReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** Reads the entry that {@code length} bytes from {@code offset} of {@code bytes} hold. */
    public EntryReader(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.at = offset;
        this.end = offset + length;
    }

    /** An entry that does not read as one: cut short, or written by something else. */
    public static final class DamagedEntry extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DamagedEntry(String message) {
            super(message);
        }
    }

    public int readInt() {
        int zigzag = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int next = readByte();
            zigzag |= (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return (zigzag >>> 1) ^ -(zigzag & 1);
            }
        }
        throw new DamagedEntry("a number runs on");
    }

    /** A count of things that follow, each taking at least one byte. */
    public int readCount() {
        int count = readInt();
        if (count < 0 || count > end - at) {
            throw new DamagedEntry("a count of " + count + " with " + (end - at) + " bytes left");
        }
        return count;
    }

    public boolean readBoolean() {
        return readByte() != 0;
    }

    public String readString() {
        return readString(null);
    }

    /**
     * A string that is probably {@code likely}, read as that very instance when it equals it, here and wherever the
     * entry holds it again: a file's path read so from all its entries is one string, which comparisons of its
     * findings (sorting them, grouping them by file) tell equal without reading its characters.
     */
    public String readString(String likely) {
        int code = readInt();
        if (code == NULL) {
            return null;
        }
        if (code == NEW_STRING) {
            int length = readCount();
            String value = same(new String(bytes, at, length, StandardCharsets.UTF_8), likely);
            at += length;
            strings.add(value);
            return value;
        }
        int index = code - FIRST_STRING;
        if (index < 0 || index >= strings.size()) {
            throw new DamagedEntry("no string number " + index);
        }
        String value = strings.get(index);
        String same = same(value, likely);
        if (same != value) {
            strings.set(index, same);
        }
        return same;
    }

    private static String same(String value, String likely) {
        return likely != null && value != likely && value.equals(likely) ? likely : value;
    }

    @SuppressWarnings("unchecked") // the constants of type
    public <E extends Enum<E>> E readEnum(Class<E> type) {
        Object[] values = ENUM_CONSTANTS.get(type);
        int ordinal = readInt();
        if (ordinal < 0 || ordinal >= values.length) {
            throw new DamagedEntry("no " + type.getSimpleName() + " number " + ordinal);
        }
        return (E) values[ordinal];
    }

    public Span readSpan() {
        return readBoolean() ? new Span(readInt(), readInt(), readInt(), readInt()) : null;
    }

    /** Strings in the order they were written. */
    public List<String> readStrings() {
        return readList(EntryReader::readString);
    }

    public <T> List<T> readList(Function<EntryReader, T> element) {
        int count = readCount();
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(element.apply(this));
        }
        return values;
    }

    /** Whether everything written was read: an entry with bytes left over is not the one its reader expects. */
    public void expectEnd() {
        if (at != end) {
            throw new DamagedEntry((end - at) + " bytes left over");
        }
    }

    private int readByte() {
        if (at >= end) {
            throw new DamagedEntry("cut short");
        }
        return bytes[at++] & 0xFF;
    }
}
