package dev.agentlint.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lower-case words looked for in one pass over a text, each with the id of what it belongs to: every position is
 * checked only against the words that begin with the character there, instead of scanning the text once per word.
 * Letters A-Z of the text count as a-z, so the text needs no lower-case copy.
 */
public final class StartWords {

    /** Told of each place where a word stands. */
    @FunctionalInterface
    public interface Hit {
        void at(int position, int id);
    }

    private static final int ASCII = 128;

    /** The words by their first character, for ASCII first characters. */
    private final char[][][] byFirst = new char[ASCII][][];
    private final int[][] idsByFirst = new int[ASCII][];
    /**
     * The first two characters of the words, for a cheap test before comparing them: bit {@code c0 * 128 + c1}, with
     * a non-ASCII second character as 0; a word of one ASCII character sets {@link #single} instead.
     */
    private final long[] pairs = new long[ASCII * ASCII / Long.SIZE];
    private final boolean[] single = new boolean[ASCII];
    /** The words that begin with any other character, tried at every such position. */
    private final char[][] others;
    private final int[] otherIds;

    /** {@code words.get(i)} belongs to {@code ids[i]}; an empty word or one with a letter A-Z is refused. */
    public StartWords(List<String> words, int[] ids) {
        List<String> others = new ArrayList<>();
        List<Integer> otherIds = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.isEmpty() || !Ascii.lowerCase(word).equals(word)) {
                throw new IllegalArgumentException("a start word must be lower case and not empty: \"" + word + "\"");
            }
            char first = word.charAt(0);
            if (first < ASCII) {
                byFirst[first] = append(byFirst[first], word.toCharArray());
                if (word.length() == 1) {
                    single[first] = true;
                } else {
                    char second = word.charAt(1);
                    int pair = first * ASCII + (second < ASCII ? second : 0);
                    pairs[pair >>> 6] |= 1L << pair;
                }
                idsByFirst[first] = append(idsByFirst[first], ids[i]);
            } else {
                others.add(word);
                otherIds.add(ids[i]);
            }
        }
        this.others = others.stream().map(String::toCharArray).toArray(char[][]::new);
        this.otherIds = otherIds.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The first position at or after {@code from} where one of the words stands, or -1. */
    int next(String text, int from) {
        return scan(text, from, (at, id) -> false);
    }

    /** Tells {@code hit} of every place where a word stands, in ascending order of position. */
    public void forEach(String text, Hit hit) {
        scan(text, 0, (at, id) -> {
            hit.at(at, id);
            return true;
        });
    }

    /** Told of a place where a word stands; answers whether to go on. */
    @FunctionalInterface
    interface Visit {
        boolean at(int position, int id);
    }

    /**
     * Visits the places where words stand, from {@code from} on, in ascending order of position, until {@code visit}
     * says stop; returns where it stopped, or -1. The text is read from a copy of its characters, which costs less
     * than a {@code charAt} per position; so a caller that wants several places makes one pass, not several.
     */
    int scan(String text, int from, Visit visit) {
        return scan(text.toCharArray(), from, visit);
    }

    /** Most positions are ruled out by their first two characters, so the loop stays small. */
    private int scan(char[] text, int from, Visit visit) {
        int length = text.length;
        for (int at = Math.max(from, 0); at < length; at++) {
            char c = fold(text[at]);
            char next = at + 1 < length ? fold(text[at + 1]) : 0;
            char[][] candidates;
            int[] ids;
            if (c < ASCII) {
                if (!single[c]) {
                    int pair = c * ASCII + (next < ASCII ? next : 0);
                    if (at + 1 == length || (pairs[pair >>> 6] & 1L << pair) == 0) {
                        continue;
                    }
                }
                candidates = byFirst[c];
                ids = idsByFirst[c];
            } else {
                candidates = others;
                ids = otherIds;
            }
            for (int i = 0; i < candidates.length; i++) {
                char[] word = candidates[i];
                // the second character rules out most of the words that share the first
                boolean secondFits = word.length == 1 || word[1] == next;
                if (secondFits && standsAt(text, at, word) && !visit.at(at, ids[i])) {
                    return at;
                }
            }
        }
        return -1;
    }

    /** Whether {@code word} stands at {@code at}, A-Z of the text read as a-z. */
    private static boolean standsAt(char[] text, int at, char[] word) {
        if (at + word.length > text.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (fold(text[at + k]) != word[k]) {
                return false;
            }
        }
        return true;
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static char[][] append(char[][] words, char[] word) {
        char[][] grown = words == null ? new char[1][] : Arrays.copyOf(words, words.length + 1);
        grown[grown.length - 1] = word;
        return grown;
    }

    private static int[] append(int[] ids, int id) {
        int[] grown = ids == null ? new int[1] : Arrays.copyOf(ids, ids.length + 1);
        grown[grown.length - 1] = id;
        return grown;
    }
}
