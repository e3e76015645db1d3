package dev.agentlint.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    private LineHash() {
    }

    /** One hash per line of {@code text}; index 0 is line 1. A text ending in a line break has an empty last line. */
    public static List<String> hashes(String text) {
        return new Hasher(text.length() / 40 + 1).run(text);
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
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<String> out;
        private long hash;
        private int slot;
        private int lines;
        private boolean atLineStart = true;
        private boolean afterCarriageReturn;

        Hasher(int expectedLines) {
            out = new ArrayList<>(expectedLines);
        }

        List<String> run(String text) {
            for (int i = 0; i < text.length(); i++) {
                feed(text.charAt(i));
            }
            feed(END_OF_FILE);
            for (int i = 0; i < BLOCK_SIZE; i++) {
                emitIfLineStartsHere();
                roll(0);
            }
            return out;
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
            int line = lineAt[slot];
            if (line == 0) {
                return;
            }
            String value = Long.toHexString(hash);
            int count = seen.merge(value, 1, Integer::sum);
            out.add(value + ":" + count); // lines complete in order, so this is index line - 1
            lineAt[slot] = 0;
        }

        private void roll(int current) {
            int leaving = window[slot];
            window[slot] = current;
            hash = BASE * hash + current - OUTGOING_WEIGHT * leaving;
            slot = (slot + 1) % BLOCK_SIZE;
        }
    }
}
