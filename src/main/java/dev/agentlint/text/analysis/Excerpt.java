package dev.agentlint.text.analysis;

/** Short quotes of statements for messages. */
public final class Excerpt {

    private static final int MAX = 80;

    private Excerpt() {
    }

    /** The text on one line, emphasis removed, cut at a word boundary with an ellipsis when long. */
    public static String of(String text) {
        String plain = text.replaceAll("\\*\\*|__", "").replaceAll("\\s+", " ").strip();
        if (plain.length() <= MAX) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', MAX - 1);
        return plain.substring(0, cut > MAX / 2 ? cut : MAX - 1) + "…";
    }

    /** The text in double quotes. */
    public static String quoted(String text) {
        return "\"" + of(text).replace("\"", "'") + "\"";
    }
}
