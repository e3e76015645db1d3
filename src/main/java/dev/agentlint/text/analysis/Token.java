package dev.agentlint.text.analysis;

import java.util.Locale;

/**
 * One token of a statement: a word, a {@code code span}, a quoted string, a parenthesised aside, a link target, a
 * punctuation mark or a polarity emoji. Offsets are those of the analysed text, so every token maps back to the
 * file.
 */
public final class Token {

    public enum Kind {
        WORD, CODE, QUOTE, PAREN, URL, PUNCT,
        /** ❌, 🚫 and the like: the item is forbidden. */
        NEG_MARK,
        /** ✅ and the like: the item is allowed. */
        POS_MARK
    }

    private final Kind kind;
    private final String text;
    private final String lower;
    private final int start;
    private final int end;

    public Token(Kind kind, String text, int start, int end) {
        this(kind, text, text.toLowerCase(Locale.ROOT), start, end);
    }

    Token(Kind kind, String text, String lower, int start, int end) {
        this.kind = kind;
        this.text = text;
        this.lower = lower;
        this.start = start;
        this.end = end;
    }

    public Kind kind() {
        return kind;
    }

    /** The token as written; for code, quotes and asides without their delimiters. */
    public String text() {
        return text;
    }

    public String lower() {
        return lower;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isWord(String word) {
        return kind == Kind.WORD && lower.equals(word);
    }

    public boolean isPunct(String mark) {
        return kind == Kind.PUNCT && text.equals(mark);
    }

    /** A word written in capitals, such as NOT or NEVER, which authors use for emphasis. */
    public boolean isShouted() {
        return kind == Kind.WORD && text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT))
                && !text.equals(lower);
    }

    @Override
    public String toString() {
        return kind + ":" + text;
    }
}
