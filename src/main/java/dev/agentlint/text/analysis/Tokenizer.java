package dev.agentlint.text.analysis;

import dev.agentlint.text.Ascii;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits prose into {@link Token}s. Code spans, quoted strings and parenthesised asides become single tokens, so
 * a "never" inside {@code `grep -v never`}, inside "quotes" or inside (an aside) is never read as an instruction,
 * while paths and tool names in them stay available. Markdown emphasis is dropped; link targets are skipped.
 * Runs in time linear in the text: every delimiter search is bounded.
 */
public final class Tokenizer {

    /** How far a closing quote or parenthesis is looked for; prose that never closes one stays ordinary words. */
    private static final int MAX_GROUP = 400;

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /** The tokens of {@code text} between {@code from} and {@code to}, with offsets into {@code text}. */
    public static List<Token> tokenize(String text, int from, int to) {
        return tokenize(text, from, to, null);
    }

    /**
     * As {@link #tokenize(String, int, int)}, sharing equal token strings through {@code pool}: a document's
     * tokens repeat the same few thousand words, and keeping one copy of each keeps the analysis of a huge file
     * small.
     */
    static List<Token> tokenize(String text, int from, int to, StringPool pool) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '`') {
                i = code(text, i, to, tokens);
            } else if (c == '(') {
                i = group(text, i, to, '(', ')', Token.Kind.PAREN, tokens);
            } else if (c == '"' || c == '“') {
                i = quote(text, i, to, tokens);
            } else if ((c == '\'' || c == '‘') && opensQuote(text, i, from)) {
                i = quote(text, i, to, tokens);
            } else if (c == '[') {
                i = link(text, i, to, tokens);
            } else if (text.startsWith("http://", i) || text.startsWith("https://", i)) {
                i = url(text, i, to, tokens);
            } else if (c == '#' && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                i = word(text, i, to, tokens, true, pool);
            } else if (Ascii.isLetterOrDigit(c) || startsPath(text, i, to)) {
                i = word(text, i, to, tokens, false, pool);
            } else {
                i = symbol(text, i, to, tokens);
            }
        }
        return tokens;
    }

    private static int code(String text, int i, int to, List<Token> tokens) {
        int ticks = 0;
        while (i + ticks < to && text.charAt(i + ticks) == '`') {
            ticks++;
        }
        String fence = "`".repeat(ticks);
        int close = text.indexOf(fence, i + ticks);
        if (close < 0 || close + ticks > to || close - i > MAX_GROUP) {
            return i + ticks;
        }
        tokens.add(new Token(Token.Kind.CODE, text.substring(i + ticks, close).strip(), i, close + ticks));
        return close + ticks;
    }

    private static int group(String text, int i, int to, char open, char close, Token.Kind kind, List<Token> tokens) {
        int depth = 0;
        int limit = Math.min(to, i + MAX_GROUP);
        for (int j = i; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '`') {
                int end = text.indexOf('`', j + 1);
                if (end < 0 || end >= limit) {
                    break;
                }
                j = end;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                tokens.add(new Token(kind, text.substring(i + 1, j), i, j + 1));
                return j + 1;
            }
        }
        tokens.add(new Token(Token.Kind.PUNCT, String.valueOf(open), i, i + 1));
        return i + 1;
    }

    private static boolean opensQuote(String text, int i, int from) {
        return i == from || !Ascii.isLetterOrDigit(text.charAt(i - 1));
    }

    private static int quote(String text, int i, int to, List<Token> tokens) {
        char open = text.charAt(i);
        int limit = Math.min(to, i + MAX_GROUP);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            boolean closes = switch (open) {
                case '"' -> c == '"' || c == '”';
                case '“' -> c == '”' || c == '"';
                default -> (c == '\'' || c == '’') && (j + 1 >= to || !Ascii.isLetterOrDigit(text.charAt(j + 1)));
            };
            if (closes && j > i + 1) {
                tokens.add(new Token(Token.Kind.QUOTE, text.substring(i + 1, j), i, j + 1));
                return j + 1;
            }
        }
        return i + 1;
    }

    /** {@code [text](target)}: the text is read as prose, the target is skipped. */
    private static int link(String text, int i, int to, List<Token> tokens) {
        int closeBracket = text.indexOf(']', i + 1);
        if (closeBracket < 0 || closeBracket >= to || closeBracket - i > MAX_GROUP) {
            return i + 1;
        }
        if (closeBracket + 1 < to && text.charAt(closeBracket + 1) == '(') {
            int closeParen = text.indexOf(')', closeBracket + 2);
            if (closeParen > 0 && closeParen < to && closeParen - closeBracket < MAX_GROUP) {
                tokens.addAll(tokenize(text, i + 1, closeBracket, null));
                tokens.add(new Token(Token.Kind.URL, text.substring(closeBracket + 2, closeParen),
                        closeBracket + 1, closeParen + 1));
                return closeParen + 1;
            }
        }
        return i + 1;
    }

    private static int url(String text, int i, int to, List<Token> tokens) {
        int j = i;
        while (j < to && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != ')' && text.charAt(j) != '>'
                && text.charAt(j) != '`') {
            j++;
        }
        int end = j;
        while (end > i && ".,;:!?'\"".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        tokens.add(new Token(Token.Kind.URL, text.substring(i, end), i, end));
        return end;
    }

    private static boolean startsPath(String text, int i, int to) {
        char c = text.charAt(i);
        if (c != '.' && c != '/' && c != '~') {
            return false;
        }
        return i + 1 < to && (Ascii.isLetterOrDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '/'
                || text.charAt(i + 1) == '.');
    }

    private static int word(String text, int i, int to, List<Token> tokens, boolean hashReference, StringPool pool) {
        int j = i + 1;
        while (j < to && wordChar(text.charAt(j), hashReference)) {
            j++;
        }
        int end = j;
        // Sentence punctuation and emphasis markers after a word are not part of it; a trailing "/" is (src/api/).
        while (end > i + 1 && ".-'’:*_".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        String word = text.substring(i, end).replace('’', '\'');
        tokens.add(pool == null ? new Token(Token.Kind.WORD, word, i, end) : pool.token(word, i, end));
        return end;
    }

    private static boolean wordChar(char c, boolean hashReference) {
        return Ascii.isLetterOrDigit(c) || c == '_' || c == '-' || c == '\'' || c == '’' || c == '.' || c == '/'
                || c == '*' || c == '~' || c == '@' || c == '+' || (hashReference && c == ':');
    }

    private static int symbol(String text, int i, int to, List<Token> tokens) {
        int codePoint = text.codePointAt(i);
        int width = Character.charCount(codePoint);
        String symbol = new String(Character.toChars(codePoint));
        if (ModalityLexicon.get().isNegativeEmoji(symbol)) {
            tokens.add(new Token(Token.Kind.NEG_MARK, symbol, i, i + width));
        } else if (ModalityLexicon.get().isPositiveEmoji(symbol)) {
            tokens.add(new Token(Token.Kind.POS_MARK, symbol, i, i + width));
        } else if (",;:.!?".indexOf(codePoint) >= 0) {
            tokens.add(new Token(Token.Kind.PUNCT, symbol, i, i + width));
        } else if (codePoint == '—' || codePoint == '–' || codePoint == '→') {
            tokens.add(new Token(Token.Kind.PUNCT, "—", i, i + width));
        } else if (codePoint == '-' && i + 1 < to && text.charAt(i + 1) == '>') {
            tokens.add(new Token(Token.Kind.PUNCT, "—", i, i + 2));
            return i + 2;
        } else if (codePoint == '-' && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)))
                && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
            tokens.add(new Token(Token.Kind.PUNCT, "—", i, i + 1));
        }
        return i + width;
    }
}
