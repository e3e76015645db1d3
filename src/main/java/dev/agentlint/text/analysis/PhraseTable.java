package dev.agentlint.text.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases matched against word tokens, longest first, in time proportional to the longest phrase.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {

    /** A phrase found at a token position. */
    public record Match<V>(V value, String phrase, int length) {
    }

    private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

    private record Entry<V>(String[] words, String phrase, V value) {
    }

    public void add(String phrase, V value) {
        String[] words = phrase.strip().split("\\s+");
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry<>(words, phrase, value));
        byFirstWord.get(words[0]).sort((a, b) -> Integer.compare(b.words.length, a.words.length));
    }

    /** The longest phrase that starts at {@code at}, if any. */
    public Match<V> match(List<Token> tokens, int at) {
        if (at >= tokens.size() || !tokens.get(at).isWord()) {
            return null;
        }
        List<Entry<V>> candidates = byFirstWord.get(tokens.get(at).lower());
        if (candidates == null) {
            return null;
        }
        for (Entry<V> entry : candidates) {
            if (matches(entry.words, tokens, at)) {
                return new Match<>(entry.value, entry.phrase, entry.words.length);
            }
        }
        return null;
    }

    private static boolean matches(String[] words, List<Token> tokens, int at) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            Token token = tokens.get(at + k);
            if (!token.isWord() || !token.lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
