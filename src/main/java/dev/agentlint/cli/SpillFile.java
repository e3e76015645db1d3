package dev.agentlint.cli;

import dev.agentlint.engine.ResultCache;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A file beside the result cache that holds the entries a run makes until the cache is saved. It is made on the
 * first entry and gone when closed; on a system that lets an open file be deleted it has no name from the start, so
 * not even a killed run leaves it behind. When it cannot be made, entries stay in memory.
 */
final class SpillFile implements ResultCache.Spill, AutoCloseable {

    private final Path directory;
    private final String prefix;
    private final AtomicLong end = new AtomicLong();
    private FileChannel channel;
    private boolean failed;

    SpillFile(Path directory, String prefix) {
        this.directory = directory;
        this.prefix = prefix;
    }

    @Override
    public long append(byte[] data) throws IOException {
        FileChannel file = channel();
        long start = end.getAndAdd(data.length);
        ByteBuffer bytes = ByteBuffer.wrap(data);
        while (bytes.hasRemaining()) {
            file.write(bytes, start + bytes.position());
        }
        return start;
    }

    @Override
    public int read(ByteBuffer into, long position) throws IOException {
        return channel().read(into, position);
    }

    private synchronized FileChannel channel() throws IOException {
        if (channel == null) {
            if (failed) {
                throw new IOException("no spill file");
            }
            try {
                Files.createDirectories(directory);
                Path file = Files.createTempFile(directory, prefix, ".spill");
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                        StandardOpenOption.DELETE_ON_CLOSE);
                deleteWhileOpen(file);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }
        return channel;
    }

    private static void deleteWhileOpen(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // deleted when closed instead
        }
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing in it is needed any more
            }
            channel = null;
        }
    }
}
