package dev.agentlint.report;

/** Makes text from a linted file safe to print: control characters become visible escapes, never raw. */
public final class TerminalText {

    private TerminalText() {
    }

    public static String safe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // printable ASCII, nearly every character of a report, is ruled out by the first test
            if ((c < 0x20 || c >= 0x7f) && isControl(c)) {
                return escaped(text, i);
            }
        }
        return text;
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /** How a control character is shown: {@code \}{@code u} and four hexadecimal digits. */
    static String escape(char c) {
        return String.format("\\u%04x", (int) c);
    }

    /** The text with each control character from {@code first} on escaped. */
    private static String escaped(String text, int first) {
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c)) {
                out.append(escape(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
