package dev.agentlint.agent;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Values computed from something once, by their type, such as the text analysis of a file: safe when two threads
 * ask at once (one result wins and both get it).
 */
final class DerivedValues {

    /**
     * Types and their values, alternating. A file has a handful, and a run over thousands of files keeps a few per
     * file until all are compared, so an array replaced on each addition serves better than a hash table: reads
     * need no lock and a kept file costs a few words.
     */
    private volatile Object[] entries = {};

    <T> T get(Class<T> type, Supplier<T> compute) {
        Object value = find(entries, type);
        if (value == null) {
            value = addIfAbsent(type, compute.get());
        }
        return type.cast(value);
    }

    /** The value of a type if it was computed, else {@code null}. */
    Object peek(Class<?> type) {
        return find(entries, type);
    }

    private static Object find(Object[] entries, Class<?> type) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i] == type) {
                return entries[i + 1];
            }
        }
        return null;
    }

    private synchronized Object addIfAbsent(Class<?> type, Object value) {
        Object raced = find(entries, type);
        if (raced != null) {
            return raced;
        }
        Object[] grown = Arrays.copyOf(entries, entries.length + 2);
        grown[entries.length] = type;
        grown[entries.length + 1] = value;
        entries = grown;
        return value;
    }

    synchronized void retainOnly(Set<Class<?>> kept) {
        Object[] retained = new Object[entries.length];
        int size = 0;
        for (int i = 0; i < entries.length; i += 2) {
            if (kept.contains(entries[i])) {
                retained[size++] = entries[i];
                retained[size++] = entries[i + 1];
            }
        }
        entries = Arrays.copyOf(retained, size);
    }
}
