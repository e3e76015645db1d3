package dev.agentlint.rules.overlap;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;

/**
 * An unmodifiable set of strings in sorted order, held in one array: a run over thousands of agents keeps several
 * small sets per agent until all are compared, and a tree costs about five times the memory of an array.
 */
final class SortedStrings extends AbstractSet<String> {

    private final String[] sorted;

    private SortedStrings(String[] sorted) {
        this.sorted = sorted;
    }

    /** The strings in sorted order, without repeats; iterates as a {@code TreeSet} of them would. */
    static Set<String> of(Collection<String> strings) {
        if (strings.size() <= 1) {
            return strings.isEmpty() ? Set.of() : Set.of(strings.iterator().next());
        }
        String[] array = strings.toArray(String[]::new);
        Arrays.sort(array);
        int distinct = 1;
        for (int i = 1; i < array.length; i++) {
            if (!array[i].equals(array[distinct - 1])) {
                array[distinct++] = array[i];
            }
        }
        return new SortedStrings(distinct == array.length ? array : Arrays.copyOf(array, distinct));
    }

    /** Strings already sorted and distinct, held as they are. */
    static SortedStrings ofSorted(String[] sortedDistinct) {
        return new SortedStrings(sortedDistinct);
    }

    /** The place of a string in sorted order, or a negative number when it is not in the set. */
    int indexOf(Object candidate) {
        return candidate instanceof String string ? Arrays.binarySearch(sorted, string) : -1;
    }

    /** The string at a place in sorted order. */
    String get(int at) {
        return sorted[at];
    }

    @Override
    public int size() {
        return sorted.length;
    }

    @Override
    public boolean contains(Object candidate) {
        return indexOf(candidate) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.asList(sorted).iterator();
    }
}
