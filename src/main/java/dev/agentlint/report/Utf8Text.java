package dev.agentlint.report;

import java.io.IOException;
import java.io.OutputStream;
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
     * {@code ?}, as a UTF-8 writer makes it.
     */
    Utf8Text safe(String text, int from, int to) {
        room((to - from) * MAX_BYTES_PER_CHAR);
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

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void room(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
