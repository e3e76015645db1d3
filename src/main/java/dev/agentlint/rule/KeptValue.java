package dev.agentlint.rule;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.cache.EntryReader;
import dev.agentlint.cache.EntryWriter;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Something a project rule computes from each file and keeps with it until agents are compared, and how the result
 * cache writes it and reads it back, so that a later run can compare an unchanged file without analysing it again.
 */
public interface KeptValue<T> {

    Class<T> type();

    void write(T value, EntryWriter out);

    /** The value as written, for a file read back from the cache. */
    T read(AgentFile file, EntryReader in);

    static <T> KeptValue<T> of(Class<T> type, BiConsumer<T, EntryWriter> write,
            BiFunction<AgentFile, EntryReader, T> read) {
        return new KeptValue<>() {
            @Override
            public Class<T> type() {
                return type;
            }

            @Override
            public void write(T value, EntryWriter out) {
                write.accept(value, out);
            }

            @Override
            public T read(AgentFile file, EntryReader in) {
                return read.apply(file, in);
            }
        };
    }
}
