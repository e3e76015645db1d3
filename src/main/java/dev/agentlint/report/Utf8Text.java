package dev.agentlint.report;

import java.util.Arrays;

/**
 * Report text built straight into UTF-8 bytes: agentlint's own ASCII as it is, text from linted files made safe to
 * print as {@link TerminalText} makes it. A report's text is mostly ASCII with a few other characters (a dash in a
 * message, an ellipsis in a code frame); built as a string, one of them turns all of it into two bytes a character,
 * and its encoding then takes the slow path from there on.
 */
final class Utf8Text {

    private byte[] bytes = new byte[1024];
    private int size;

    /** Appends text known to be ASCII: agentlint's own words, numbers and rule ids, never a linted file's. */
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

    Utf8Text number(int number) {
        return ascii(Integer.toString(number));
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
        // an escape is six bytes for one character, more than UTF-8 takes for any
        room((to - from) * 6);
        byte[] out = bytes;
        int at = size;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f || c == '\t') {
                out[at++] = (byte) c;
            } else if (TerminalText.isControl(c)) {
                String escape = TerminalText.escape(c);
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

    byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    private void room(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
