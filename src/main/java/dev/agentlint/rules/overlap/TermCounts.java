package dev.agentlint.rules.overlap;

import dev.agentlint.cache.EntryReader;
import dev.agentlint.cache.EntryWriter;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * How often each comparison key occurs in a text, in sorted key order: the keys (interned) and their counts in arrays
 * instead of a tree, because a run over thousands of agents keeps one of these per agent until all are compared and
 * most keys recur across agents.
 */
final class TermCounts extends AbstractMap<String, Integer> {

    private final SortedStrings keys;
    /** How often each key occurs, as unsigned bytes when every count fits one (nearly always), else as ints. */
    private final byte[] smallCounts;
    private final int[] counts;

    private TermCounts(String[] keys, int[] counts) {
        this.keys = SortedStrings.ofSorted(keys);
        boolean small = true;
        for (int count : counts) {
            small &= count <= 0xFF;
        }
        this.smallCounts = small ? toBytes(counts) : null;
        this.counts = small ? null : counts;
    }

    private static byte[] toBytes(int[] counts) {
        byte[] bytes = new byte[counts.length];
        for (int i = 0; i < counts.length; i++) {
            bytes[i] = (byte) counts[i];
        }
        return bytes;
    }

    static TermCounts of(List<String> occurrences) {
        // counted first and sorted after: a text repeats its words, so there are far fewer keys than occurrences
        Map<String, int[]> tally = new HashMap<>();
        for (String occurrence : occurrences) {
            tally.computeIfAbsent(occurrence, key -> new int[1])[0]++;
        }
        String[] keys = tally.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        int[] counts = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            counts[i] = tally.get(keys[i])[0];
            keys[i] = keys[i].intern();
        }
        return new TermCounts(keys, counts);
    }

    void write(EntryWriter out) {
        out.writeInt(size());
        for (int at = 0; at < size(); at++) {
            out.writeString(keys.get(at));
            out.writeInt(count(at));
        }
    }

    static TermCounts read(EntryReader in) {
        int size = in.readCount();
        String[] keys = new String[size];
        int[] counts = new int[size];
        for (int at = 0; at < size; at++) {
            keys[at] = in.readString().intern();
            counts[at] = in.readInt();
        }
        return new TermCounts(keys, counts);
    }

    /** How often the key at a place in sorted key order occurs. */
    int count(int at) {
        return smallCounts != null ? smallCounts[at] & 0xFF : counts[at];
    }

    @Override
    public int size() {
        return keys.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.contains(key);
    }

    @Override
    public Integer get(Object key) {
        int at = keys.indexOf(key);
        return at >= 0 ? count(at) : null;
    }

    @Override
    public Set<String> keySet() {
        return keys;
    }

    @Override
    public Set<Entry<String, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Integer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.size();
                    }

                    @Override
                    public Entry<String, Integer> next() {
                        if (next >= keys.size()) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Integer> entry = Map.entry(keys.get(next), count(next));
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return keys.size();
            }
        };
    }
}
