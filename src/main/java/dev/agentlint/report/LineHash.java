package dev.agentlint.report;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code primaryLocationLineHash} that GitHub code scanning matches alerts by, computed the way the
 * {@code upload-sarif} action computes it: a rolling hash (base 37, modulo 2<sup>64</sup>) over the first 100
 * characters from the start of each line, not counting spaces and tabs and running on into the following lines;
 * the end of the file is fed as character 65535 followed by zeros. A value is {@code <unsigned hex>:<n>}, where
 * {@code n} counts how many lines so far (this one included) produced the same hash.
 *
 * <p>Characters are UTF-16 code units, like JavaScript's {@code charCodeAt}; {@code long} arithmetic wraps at
 * 64 bits like the action's. {@code \r\n} and a lone {@code \r} count as one {@code \n}, so normalised and raw
 * text give the same hashes. A byte-order mark is hashed by the action but not present in normalised text, so
 * for such files the hash of line 1 differs.
 */
public final class LineHash {

    private static final int BLOCK_SIZE = 100;
    private static final long BASE = 37;
    private static final int END_OF_FILE = 65535;
    /** {@code BASE} to the power {@code BLOCK_SIZE}: the weight of the character leaving the window. */
    private static final long OUTGOING_WEIGHT = power(BASE, BLOCK_SIZE);

    /** The hash of each line; index 0 is line 1. */
    private final long[] hashes;
    /** How many lines so far, this one included, have the same hash. */
    private final int[] occurrences;

    private LineHash(long[] hashes) {
        this.hashes = hashes;
        this.occurrences = new int[hashes.length];
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < hashes.length; i++) {
            occurrences[i] = seen.merge(hashes[i], 1, Integer::sum);
        }
    }

    /** The hashes of every line of {@code text}. A text ending in a line break has an empty last line. */
    public static LineHash of(String text) {
        return of(text, Integer.MAX_VALUE);
    }

    /**
     * The hashes of the lines of {@code text} through {@code lastLine} at least, in one pass that stops once that
     * line's window is complete: a line's value depends only on the lines before it and the characters after it
     * that its window holds. Only the lines asked for become strings, since a report needs few of them.
     */
    public static LineHash of(String text, int lastLine) {
        return new LineHash(new Hasher(Math.min(text.length() / 40 + 1, lastLine)).run(text, lastLine));
    }

    public int lineCount() {
        return hashes.length;
    }

    /** The value of 1-based {@code line}. */
    public String at(int line) {
        return Long.toHexString(hashes[line - 1]) + ":" + occurrences[line - 1];
    }

    private static long power(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    /** One pass over a text; the window holds the last {@code BLOCK_SIZE} characters that were hashed. */
    private static final class Hasher {

        private final int[] window = new int[BLOCK_SIZE];
        /** The line that starts at each window slot, or 0 when no line starts there. */
        private final int[] lineAt = new int[BLOCK_SIZE];
        private long[] out;
        private long hash;
        private int slot;
        private int lines;
        private int emitted;
        private boolean atLineStart = true;
        private boolean afterCarriageReturn;

        Hasher(int expectedLines) {
            out = new long[expectedLines];
        }

        long[] run(String text, int lastLine) {
            for (int i = 0; i < text.length() && emitted < lastLine; i++) {
                feed(text.charAt(i));
            }
            if (emitted >= lastLine) {
                return Arrays.copyOf(out, emitted);
            }
            feed(END_OF_FILE);
            for (int i = 0; i < BLOCK_SIZE; i++) {
                emitIfLineStartsHere();
                roll(0);
            }
            return Arrays.copyOf(out, emitted);
        }

        private void feed(int c) {
            if (c == ' ' || c == '\t' || (afterCarriageReturn && c == '\n')) {
                afterCarriageReturn = false;
                return;
            }
            afterCarriageReturn = c == '\r';
            int current = afterCarriageReturn ? '\n' : c;
            emitIfLineStartsHere();
            if (atLineStart) {
                atLineStart = false;
                lineAt[slot] = ++lines;
            }
            if (current == '\n') {
                atLineStart = true;
            }
            roll(current);
        }

        /** A full window has passed since the line recorded in this slot began: its hash is complete. */
        private void emitIfLineStartsHere() {
            if (lineAt[slot] == 0) {
                return;
            }
            if (emitted == out.length) {
                out = Arrays.copyOf(out, emitted * 2);
            }
            out[emitted++] = hash; // lines complete in order, so this is index line - 1
            lineAt[slot] = 0;
        }

        private void roll(int current) {
            int leaving = window[slot];
            window[slot] = current;
            hash = BASE * hash + current - OUTGOING_WEIGHT * leaving;
            slot = slot + 1 == BLOCK_SIZE ? 0 : slot + 1;
        }
    }
}
