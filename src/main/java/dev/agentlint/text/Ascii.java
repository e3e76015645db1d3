package dev.agentlint.text;

/**
 * ASCII text at full speed: case folding that keeps every offset (only A-Z change, so positions in the result are
 * positions in the input), and character classes that answer ASCII without the Unicode tables, the common case of
 * agent files.
 */
public final class Ascii {

    /** What {@code \s} matches in a pattern (without the Unicode flag). */
    private static final String PATTERN_SPACE = " \t\n\u000B\f\r";

    private Ascii() {
    }

    public static String lowerCase(String text) {
        return lowerCase(text, 0, text.length());
    }

    /** {@code lowerCase(text.substring(start, end))}, made in one copy. */
    public static String lowerCase(String text, int start, int end) {
        int first = start;
        while (first < end && !isUpper(text.charAt(first))) {
            first++;
        }
        if (first == end) {
            return text.substring(start, end);
        }
        char[] chars = new char[end - start];
        text.getChars(start, end, chars, 0);
        for (int i = first - start; i < chars.length; i++) {
            char c = chars[i];
            if (isUpper(c)) {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    /**
     * Whether {@code text} holds {@code lowerCase} with A-Z read as a-z; no copy of the text is made. For a word
     * without "i" and "k" this is what lower-casing the text would find: no other character lower-cases into ASCII.
     */
    public static boolean containsFolded(String text, String lowerCase) {
        int last = text.length() - lowerCase.length();
        char first = lowerCase.charAt(0);
        for (int at = 0; at <= last; at++) {
            if (fold(text.charAt(at)) == first && foldedAt(text, at, lowerCase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean foldedAt(String text, int at, String lowerCase) {
        for (int i = 1; i < lowerCase.length(); i++) {
            if (fold(text.charAt(at + i)) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return isUpper(c) ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII answered at once. */
    public static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return (char) ((c | 0x20) - 'a') < 26 || (char) (c - '0') < 10;
        }
        return Character.isLetterOrDigit(c);
    }

    /** Whether {@code \s} in a pattern matches {@code c}. */
    public static boolean isPatternSpace(int c) {
        return c < 128 && PATTERN_SPACE.indexOf(c) >= 0;
    }
}
