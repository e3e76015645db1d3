package dev.agentlint.text.analysis;

/** Short quotes of statements for messages. */
public final class Excerpt {

    private static final int MAX = 80;

    private Excerpt() {
    }

    /** The text on one line, emphasis removed, cut at a word boundary with an ellipsis when long. */
    public static String of(String text) {
        String plain = plain(text);
        if (plain.length() <= MAX) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', MAX - 1);
        return plain.substring(0, cut > MAX / 2 ? cut : MAX - 1) + "…";
    }

    /** Without bold markers, with each run of white space as one space, stripped; the first {@code 2 * MAX} characters at most. */
    private static String plain(String text) {
        StringBuilder plain = new StringBuilder(Math.min(text.length(), 2 * MAX));
        for (int i = 0; i < text.length() && plain.length() < 2 * MAX; i++) {
            char c = text.charAt(i);
            if ((c == '*' || c == '_') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                i++;
            } else if (Character.isWhitespace(c)) {
                if (plain.length() > 0 && plain.charAt(plain.length() - 1) != ' ') {
                    plain.append(' ');
                }
            } else {
                plain.append(c);
            }
        }
        return plain.toString().strip();
    }

    /** The text in double quotes. */
    public static String quoted(String text) {
        return "\"" + of(text).replace("\"", "'") + "\"";
    }
}
