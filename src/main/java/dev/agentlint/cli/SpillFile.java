package dev.agentlint.cli;

import dev.agentlint.engine.ResultCache;
import dev.agentlint.io.ChunkedBytes;
import java.io.IOException;
import java.io.OutputStream;
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

    private static final int PIECE_BYTES = 1 << 16;

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
        long start = end.getAndAdd(data.length);
        new WriterAt(channel(), start).write(data, 0, data.length);
        return start;
    }

    @Override
    public long append(ChunkedBytes data) throws IOException {
        long start = end.getAndAdd(data.size());
        data.writeTo(new WriterAt(channel(), start));
        return start;
    }

    /**
     * Writes on from a position of the file, at most 64 KB at a time: a file channel writes through a native buffer
     * as large as what it is given at once, and keeps it for the thread.
     */
    private static final class WriterAt extends OutputStream {

        private final FileChannel file;
        private long position;

        WriterAt(FileChannel file, long position) {
            this.file = file;
            this.position = position;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
            while (buffer.hasRemaining()) {
                int before = buffer.limit();
                buffer.limit(Math.min(before, buffer.position() + PIECE_BYTES));
                position += file.write(buffer, position);
                buffer.limit(before);
            }
        }
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
