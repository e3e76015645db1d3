package dev.agentlint.text.analysis;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One shared copy of each distinct word of a document, for its tokens. Not thread-safe: each analysis owns one.
 * Bounded, so that a document of random strings costs no more than one without pooling.
 */
final class StringPool {

    private static final int MAX_ENTRIES = 100_000;

    private final Map<String, String[]> forms = new HashMap<>();

    /** A word token whose text and lower-case form are shared with equal words. */
    Token token(String word, int start, int end) {
        String[] shared = forms.get(word);
        if (shared == null) {
            String lower = word.toLowerCase(Locale.ROOT);
            shared = new String[] {word, lower.equals(word) ? word : lower};
            if (forms.size() < MAX_ENTRIES) {
                forms.put(word, shared);
            }
        }
        return new Token(Token.Kind.WORD, shared[0], shared[1], start, end);
    }
}
