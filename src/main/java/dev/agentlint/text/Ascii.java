package dev.agentlint.text;

/** Case folding that keeps every offset: only A-Z change, so positions in the result are positions in the input. */
public final class Ascii {

    private Ascii() {
    }

    public static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}
