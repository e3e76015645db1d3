package dev.agentlint.agent;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values computed from something once, by their type, such as the text analysis of a file: safe when two threads
 * ask at once (one result wins and both get it).
 */
final class DerivedValues {

    private final Map<Class<?>, Object> values = new ConcurrentHashMap<>();

    <T> T get(Class<T> type, Supplier<T> compute) {
        Object value = values.get(type);
        if (value == null) {
            value = compute.get();
            Object raced = values.putIfAbsent(type, value);
            value = raced != null ? raced : value;
        }
        return type.cast(value);
    }

    void retainOnly(Set<Class<?>> kept) {
        values.keySet().retainAll(kept);
    }
}
