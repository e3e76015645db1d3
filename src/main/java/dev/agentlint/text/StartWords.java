package dev.agentlint.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Words looked for in one pass over a text, each with the id of what it belongs to: every position is checked only
 * against the words that begin with the character there, instead of scanning the text once per word.
 */
public final class StartWords {

    /** Told of each place where a word stands. */
    @FunctionalInterface
    public interface Hit {
        void at(int position, int id);
    }

    private static final int ASCII = 128;

    /** The words by their first character, for ASCII first characters. */
    private final String[][] byFirst = new String[ASCII][];
    private final int[][] idsByFirst = new int[ASCII][];
    /**
     * The first two characters of the words, for a cheap test before comparing them: bit {@code c0 * 128 + c1}, with
     * a non-ASCII second character as 0; a word of one ASCII character sets {@link #single} instead.
     */
    private final long[] pairs = new long[ASCII * ASCII / Long.SIZE];
    private final boolean[] single = new boolean[ASCII];
    /** The words that begin with any other character, tried at every such position. */
    private final String[] others;
    private final int[] otherIds;

    /** {@code words.get(i)} belongs to {@code ids[i]}; an empty word is refused. */
    public StartWords(List<String> words, int[] ids) {
        List<String> others = new ArrayList<>();
        List<Integer> otherIds = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.isEmpty()) {
                throw new IllegalArgumentException("an empty start word");
            }
            char first = word.charAt(0);
            if (first < ASCII) {
                byFirst[first] = append(byFirst[first], word);
                if (word.length() == 1) {
                    single[first] = true;
                } else {
                    int pair = pair(first, word.charAt(1));
                    pairs[pair >>> 6] |= 1L << pair;
                }
                idsByFirst[first] = append(idsByFirst[first], ids[i]);
            } else {
                others.add(word);
                otherIds.add(ids[i]);
            }
        }
        this.others = others.toArray(String[]::new);
        this.otherIds = otherIds.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first position at or after {@code from} where one of the words stands, or -1. */
    int next(String text, int from) {
        for (int at = Math.max(from, 0); at < text.length(); at++) {
            if (mayStartAt(text, at)) {
                char c = text.charAt(at);
                if (anyAt(text, at, c < ASCII ? byFirst[c] : others)) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** Whether a word may stand at {@code at}, judged by its first two characters only. */
    private boolean mayStartAt(String text, int at) {
        char c = text.charAt(at);
        if (c >= ASCII) {
            return others.length > 0;
        }
        if (single[c]) {
            return true;
        }
        if (at + 1 >= text.length()) {
            return false;
        }
        int pair = pair(c, text.charAt(at + 1));
        return (pairs[pair >>> 6] & 1L << pair) != 0;
    }

    private static int pair(char first, char second) {
        return first * ASCII + (second < ASCII ? second : 0);
    }

    /** Sets {@code present[id]} for the id of every word that stands somewhere in {@code text}. */
    void markPresent(String text, boolean[] present) {
        forEach(text, (at, id) -> present[id] = true);
    }

    /** Tells {@code hit} of every place where a word stands, in ascending order of position. */
    public void forEach(String text, Hit hit) {
        for (int at = 0; at < text.length(); at++) {
            if (!mayStartAt(text, at)) {
                continue;
            }
            char c = text.charAt(at);
            String[] candidates = c < ASCII ? byFirst[c] : others;
            int[] ids = c < ASCII ? idsByFirst[c] : otherIds;
            for (int i = 0; i < candidates.length; i++) {
                if (text.startsWith(candidates[i], at)) {
                    hit.at(at, ids[i]);
                }
            }
        }
    }

    private static boolean anyAt(String text, int at, String[] candidates) {
        for (String candidate : candidates) {
            if (text.startsWith(candidate, at)) {
                return true;
            }
        }
        return false;
    }

    private static String[] append(String[] words, String word) {
        String[] grown = words == null ? new String[1] : Arrays.copyOf(words, words.length + 1);
        grown[grown.length - 1] = word;
        return grown;
    }

    private static int[] append(int[] ids, int id) {
        int[] grown = ids == null ? new int[1] : Arrays.copyOf(ids, ids.length + 1);
        grown[grown.length - 1] = id;
        return grown;
    }
}
