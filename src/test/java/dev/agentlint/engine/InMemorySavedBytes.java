package dev.agentlint.engine;

import java.nio.ByteBuffer;

/** A saved result cache held in memory, read as {@link ResultCache#read} reads a file's. */
public record InMemorySavedBytes(byte[] saved) implements ResultCache.SavedBytes {

    @Override
    public int read(ByteBuffer into, long position) {
        if (position >= saved.length) {
            return -1;
        }
        int count = (int) Math.min(into.remaining(), saved.length - position);
        into.put(saved, (int) position, count);
        return count;
    }
}
