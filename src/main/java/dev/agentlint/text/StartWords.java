package dev.agentlint.text;

import java.util.List;

/**
 * Lower-case words looked for in one pass over a text, each with the id of what it belongs to: every position is
 * checked only against the words that begin with the two characters there, instead of scanning the text once per
 * word. Letters A-Z of the text count as a-z, so the text needs no lower-case copy.
 */
public final class StartWords {

    /** Told of each place where a word stands. */
    @FunctionalInterface
    public interface Hit {
        void at(int position, int id);
    }

    private static final int ASCII = 128;

    /**
     * Which pairs of first two characters begin a word: bit {@code c0 * 128 + c1}, with a non-ASCII second character
     * (or the end of the text) as 0. A word of one character sets every pair it begins.
     */
    private final long[] pairs = new long[ASCII * ASCII / Long.SIZE];
    /** How many bits of {@link #pairs} are set before each of its longs: a pair's rank, its bucket. */
    private final int[] bitsBefore = new int[pairs.length];
    /** The words that may stand where each pair does, in the order they were given, and their ids. */
    private final char[][][] buckets;
    private final int[][] bucketIds;
    /** The words that begin with any other character, tried at every such position. */
    private final char[][] others;
    private final int[] otherIds;

    /** {@code words.get(i)} belongs to {@code ids[i]}; an empty word or one with a letter A-Z is refused. */
    public StartWords(List<String> words, int[] ids) {
        char[][] chars = new char[words.size()][];
        int otherCount = 0;
        for (int i = 0; i < chars.length; i++) {
            String word = words.get(i);
            if (word.isEmpty() || !Ascii.lowerCase(word).equals(word)) {
                throw new IllegalArgumentException("a start word must be lower case and not empty: \"" + word + "\"");
            }
            chars[i] = word.toCharArray();
            if (chars[i][0] >= ASCII) {
                otherCount++;
                continue;
            }
            for (int pair = lowestPair(chars[i]), end = pair + pairCount(chars[i]); pair < end; pair++) {
                pairs[pair >>> 6] |= 1L << pair;
            }
        }
        for (int i = 1; i < pairs.length; i++) {
            bitsBefore[i] = bitsBefore[i - 1] + Long.bitCount(pairs[i - 1]);
        }
        int bucketCount = bitsBefore[pairs.length - 1] + Long.bitCount(pairs[pairs.length - 1]);
        int[] sizes = new int[bucketCount];
        for (char[] word : chars) {
            for (int pair = lowestPair(word), end = pair + pairCount(word); word[0] < ASCII && pair < end; pair++) {
                sizes[bucket(pair)]++;
            }
        }
        buckets = new char[bucketCount][][];
        bucketIds = new int[bucketCount][];
        for (int b = 0; b < bucketCount; b++) {
            buckets[b] = new char[sizes[b]][];
            bucketIds[b] = new int[sizes[b]];
        }
        others = new char[otherCount][];
        otherIds = new int[otherCount];
        int[] filled = new int[bucketCount];
        int otherFilled = 0;
        for (int i = 0; i < chars.length; i++) {
            char[] word = chars[i];
            if (word[0] >= ASCII) {
                others[otherFilled] = word;
                otherIds[otherFilled++] = ids[i];
                continue;
            }
            for (int pair = lowestPair(word), end = pair + pairCount(word); pair < end; pair++) {
                int b = bucket(pair);
                buckets[b][filled[b]] = word;
                bucketIds[b][filled[b]++] = ids[i];
            }
        }
    }

    /** The first of the pairs a word begins: its own, or for a word of one character, the first of all with it. */
    private static int lowestPair(char[] word) {
        char second = word.length == 1 ? 0 : word[1];
        return word[0] * ASCII + (second < ASCII ? second : 0);
    }

    /** A word of one character stands wherever that character does, whatever follows it. */
    private static int pairCount(char[] word) {
        return word.length == 1 ? ASCII : 1;
    }

    /** The bucket of a pair whose bit is set: how many bits are set before it. */
    private int bucket(int pair) {
        return bitsBefore[pair >>> 6] + Long.bitCount(pairs[pair >>> 6] & ((1L << pair) - 1));
    }

    /** The first position at or after {@code from} where one of the words stands, or -1. */
    public int next(String text, int from) {
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
        int start = Math.max(from, 0);
        // each character is folded once: as the next one, then as the one at the position
        char next = start < length ? fold(text[start]) : 0;
        for (int at = start; at < length; at++) {
            char c = next;
            next = at + 1 < length ? fold(text[at + 1]) : 0;
            char[][] candidates;
            int[] ids;
            if (c < ASCII) {
                int pair = c * ASCII + (next < ASCII ? next : 0);
                long bits = pairs[pair >>> 6];
                long bit = 1L << pair;
                if ((bits & bit) == 0) {
                    continue;
                }
                int bucket = bitsBefore[pair >>> 6] + Long.bitCount(bits & (bit - 1));
                candidates = buckets[bucket];
                ids = bucketIds[bucket];
            } else {
                candidates = others;
                ids = otherIds;
            }
            for (int i = 0; i < candidates.length; i++) {
                if (standsAt(text, at, candidates[i]) && !visit.at(at, ids[i])) {
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
}
