package dev.agentlint.report;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Report text built straight into UTF-8 bytes: agentlint's own ASCII as it is, text from linted files made safe to
 * print as {@link TerminalText} makes it. A report's text is mostly ASCII with a few other characters (a dash in a
 * message, an ellipsis in a code frame); built as a string, one of them turns all of it into two bytes a character,
 * and its encoding then takes the slow path from there on.
 */
final class Utf8Text {

    /** UTF-8 takes at most three bytes for a character (four for a pair of surrogates). */
    private static final int MAX_BYTES_PER_CHAR = 3;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long EACH_BYTE = 0x0101010101010101L;
    private static final long HIGH_BITS = EACH_BYTE * 0x80;

    private byte[] bytes;
    private int size;

    /** @param expectedSize about how many bytes the text will take; it grows past that if it must */
    Utf8Text(int expectedSize) {
        bytes = new byte[Math.max(16, expectedSize)];
    }

    /** Appends text known to be ASCII: agentlint's own words, numbers and colour codes, never a linted file's. */
    Utf8Text ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    Utf8Text ascii(char c) {
        room(1);
        bytes[size++] = (byte) c;
        return this;
    }

    /** Appends {@code c}, an ASCII character, {@code count} times. */
    Utf8Text repeat(char c, int count) {
        room(count);
        Arrays.fill(bytes, size, size + count, (byte) c);
        size += count;
        return this;
    }

    /** Appends the decimal digits of {@code number}, after spaces up to {@code width} characters in all. */
    Utf8Text number(int number, int width) {
        if (number < 0) {
            String text = Integer.toString(number);
            return repeat(' ', Math.max(0, width - text.length())).ascii(text);
        }
        int digits = 1;
        for (int rest = number / 10; rest > 0; rest /= 10) {
            digits++;
        }
        repeat(' ', Math.max(0, width - digits));
        room(digits);
        int rest = number;
        for (int at = size + digits - 1; at >= size; at--) {
            bytes[at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        size += digits;
        return this;
    }

    Utf8Text number(int number) {
        return number(number, 0);
    }

    /** Appends {@code TerminalText.safe(text)}. */
    Utf8Text safe(String text) {
        return safe(text, 0, text.length());
    }

    /**
     * Appends {@code TerminalText.safe(text.substring(from, to))}. A surrogate without its other half becomes
     * {@code ?}, as a UTF-8 writer makes it. What begins with printable ASCII, as most of a report does, is taken
     * from the text's Latin-1 bytes eight at a time rather than checked a character at a time: about 0.6 of the
     * time for a large report's lines under the quick compiler.
     */
    Utf8Text safe(String text, int from, int to) {
        room((to - from) * MAX_BYTES_PER_CHAR);
        byte[] latin = (from == 0 && to == text.length() ? text : text.substring(from, to))
                .getBytes(StandardCharsets.ISO_8859_1);
        int plain = plainAscii(latin, text, from);
        System.arraycopy(latin, 0, bytes, size, plain);
        size += plain;
        return safeByCharacter(text, from + plain, to);
    }

    /**
     * How many of the bytes, from the start, are printable ASCII or tabs. A character that Latin-1 cannot hold is
     * a {@code ?} among them, so a {@code ?} counts only where the text has one.
     */
    private static int plainAscii(byte[] latin, String text, int from) {
        int i = 0;
        while (i + Long.BYTES <= latin.length && plain((long) LONGS.get(latin, i))) {
            i += Long.BYTES;
        }
        for (; i < latin.length; i++) {
            byte b = latin[i];
            boolean printable = b >= 0x20 && b != 0x7f && (b != '?' || text.charAt(from + i) == '?') || b == '\t';
            if (!printable) {
                return i;
            }
        }
        return i;
    }

    /**
     * Whether none of eight bytes is below 0x20, 0x7f or above, or a {@code ?}. A borrow may mark a byte that is
     * none of these only beyond one that is, so eight bytes are never taken for plain when they are not.
     */
    private static boolean plain(long eight) {
        long below = (eight - EACH_BYTE * 0x20) & ~eight;
        long delete = eight ^ (EACH_BYTE * 0x7f);
        long question = eight ^ (EACH_BYTE * '?');
        long zeroes = (delete - EACH_BYTE) & ~delete | (question - EACH_BYTE) & ~question;
        return ((below | zeroes | eight) & HIGH_BITS) == 0;
    }

    private Utf8Text safeByCharacter(String text, int from, int to) {
        byte[] out = bytes;
        int at = size;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f || c == '\t') {
                out[at++] = (byte) c;
            } else if (TerminalText.isControl(c)) {
                String escape = TerminalText.escape(c);
                size = at;
                // an escape takes more bytes than the room made for the character
                room(escape.length() + (to - i - 1) * MAX_BYTES_PER_CHAR);
                out = bytes;
                for (int k = 0; k < escape.length(); k++) {
                    out[at++] = (byte) escape.charAt(k);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                int point = Character.toCodePoint(c, text.charAt(++i));
                out[at++] = (byte) (0xf0 | point >> 18);
                out[at++] = (byte) (0x80 | point >> 12 & 0x3f);
                out[at++] = (byte) (0x80 | point >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | point & 0x3f);
            } else {
                out[at++] = '?';
            }
        }
        size = at;
        return this;
    }

    /** Empties the text, keeping its buffer for the next. */
    void clear() {
        size = 0;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void room(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
