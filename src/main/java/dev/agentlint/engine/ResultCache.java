package dev.agentlint.engine;

import dev.agentlint.io.ChunkedBytes;
import dev.agentlint.model.SourceLines;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * Results of earlier runs, file by file: what a file's own checks found and what project rules keep of it, under
 * its path and a digest of its bytes; and what project rules found in the latest run, under a digest of all its
 * files. A run reuses an entry only when the bytes, the configuration and the build of agentlint are those it was
 * made with, and records an entry for each file it checks. The core neither
 * reads nor writes files: the caller opens the saved cache for the run and saves what it is given afterwards.
 *
 * <p>A saved cache is an index (each file's path, digest, length and checksum) followed by the entries' bytes. Only
 * the index is read up front; an entry is read when its file comes up and dropped once used, so a large cache's
 * bytes are never all in memory, and entries kept unchanged are copied from the saved cache when it is rewritten.
 */
public final class ResultCache {

    private static final String MAGIC = "agentlint result cache 3";
    private static final int DIGEST_BYTES = 32;
    private static final int MAX_FINGERPRINT_BYTES = 1 << 20;
    private static final int BUFFER_BYTES = 1 << 16;
    /**
     * How long before a run started a file must have been modified for its size and time to vouch for its bytes
     * next time: a file changed again within a file system's time resolution (two seconds at worst) keeps its time.
     */
    private static final long SETTLED_MILLIS = 2000;
    /** The entry of what project rules found, under a name no file has: paths never hold a NUL character. */
    private static final String PROJECT = "\u0000project";

    private final String fingerprint;
    /** Files modified before this are recorded with their size and time. */
    private final long settledBefore;
    private final SavedBytes saved;
    /** Where the entries' bytes start in the saved cache, after its index. */
    private final long dataStart;
    private final Map<String, Entry> stored;
    /** Sized for the stored entries, which a rerun records again, so that it does not grow entry by entry. */
    private final Map<String, Entry> recorded;
    /** Whether the cache differs from what was read: a file was checked, or an entry learned its file's new time. */
    private final AtomicBoolean changed = new AtomicBoolean();
    /**
     * What each thread read of the saved bytes last, from which the entries after the one it read for are taken:
     * entries are saved in path order, the order a run restores files in, so one read serves a dozen entries
     * instead of a call to the file system each.
     */
    private final ThreadLocal<Window> windows = ThreadLocal.withInitial(Window::new);
    /** The lines the entries this run used hold, for the report. */
    private final Map<String, SourceLines> reusedLines;
    /** Where this run's entries go, if anywhere but memory. */
    private Spill spill;

    /**
     * A saved cache's bytes, read at any position and by several threads at once, as a file channel reads them. The
     * caller keeps them as they were until the cache is saved, since unchanged entries are copied from them.
     */
    @FunctionalInterface
    public interface SavedBytes {
        /** Reads into {@code into} from {@code position} on: the number of bytes read, or -1 at the end. */
        int read(ByteBuffer into, long position) throws IOException;
    }

    /**
     * Where a run keeps the entries it makes until the cache is saved, rather than in memory: a large run's entries
     * would otherwise stay in the old generation to the end. Appended to and read by several threads at once.
     */
    public interface Spill extends SavedBytes {
        /** Keeps {@code data} and answers the position it starts at. */
        long append(byte[] data) throws IOException;

        /** Keeps bytes held in pieces, and answers the position they start at. */
        default long append(ChunkedBytes data) throws IOException {
            return append(data.toByteArray());
        }
    }

    /**
     * One file's results under its path, with the digest of the bytes they were computed from and the file's size
     * and modification time then ({@link InputFile#UNKNOWN_TIME} when they cannot vouch for the bytes): in memory
     * when this run made them ({@code data}), else {@code length} bytes at {@code offset} in the spill
     * ({@code spilled}) or among the saved cache's entries.
     */
    private record Entry(String path, byte[] digest, long size, long modified, int length, long checksum,
            long offset, byte[] data, boolean spilled) {

        static Entry made(String path, byte[] digest, long size, long modified, byte[] data) {
            return new Entry(path, digest, size, modified, data.length, ResultCache.checksum(data), -1, data, false);
        }

        static Entry spilled(String path, byte[] digest, long size, long modified, int length, long checksum,
                long offset) {
            return new Entry(path, digest, size, modified, length, checksum, offset, null, true);
        }

        Entry seen(long newSize, long newModified) {
            return new Entry(path, digest, newSize, newModified, length, checksum, offset, data, spilled);
        }
    }

    private ResultCache(String fingerprint, long startedAt, SavedBytes saved, long dataStart,
            Map<String, Entry> stored) {
        this.fingerprint = fingerprint;
        this.settledBefore = startedAt == InputFile.UNKNOWN_TIME ? startedAt : startedAt - SETTLED_MILLIS;
        this.saved = saved;
        this.dataStart = dataStart;
        this.stored = stored;
        this.recorded = new ConcurrentHashMap<>(stored.size());
        this.reusedLines = new ConcurrentHashMap<>(stored.size());
    }

    /**
     * A cache with nothing in it, for runs of the linter and configuration a {@link Linter#fingerprint} names, that
     * records no file's size and time.
     */
    public static ResultCache empty(String fingerprint) {
        return empty(fingerprint, InputFile.UNKNOWN_TIME);
    }

    /** @param startedAt when the run started, before any file was looked at, in milliseconds since the epoch */
    public static ResultCache empty(String fingerprint, long startedAt) {
        return new ResultCache(fingerprint, startedAt, null, 0, Map.of());
    }

    /**
     * The cache saved by an earlier run; empty when the bytes are not a cache, are cut short or too long, or were
     * made by another build or with other settings, since such results cannot be trusted. An entry whose bytes are
     * damaged is found out when its file comes up, and that file is checked again.
     *
     * @param startedAt when the run started, before any file was looked at, in milliseconds since the epoch
     * @throws IOException when the bytes cannot be read at all
     */
    public static ResultCache read(SavedBytes saved, String fingerprint, long startedAt) throws IOException {
        try {
            PositionedStream stream = new PositionedStream(saved);
            DataInputStream in = new DataInputStream(stream);
            if (!in.readUTF().equals(MAGIC) || !readText(in).equals(fingerprint)) {
                return empty(fingerprint, startedAt);
            }
            int count = in.readInt();
            Map<String, Entry> stored = new HashMap<>();
            long offset = 0;
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                byte[] digest = in.readNBytes(DIGEST_BYTES);
                int length = in.readInt();
                if (digest.length < DIGEST_BYTES || length < 0) {
                    return empty(fingerprint, startedAt);
                }
                long checksum = in.readLong();
                stored.put(path, new Entry(path, digest, in.readLong(), in.readLong(), length, checksum, offset,
                        null, false));
                offset += length;
            }
            long dataStart = stream.position();
            return endsAt(saved, dataStart + offset)
                    ? new ResultCache(fingerprint, startedAt, saved, dataStart, stored)
                    : empty(fingerprint, startedAt);
        } catch (EOFException | UTFDataFormatException | RuntimeException e) {
            return empty(fingerprint, startedAt);
        }
    }

    /** Whether the saved bytes end exactly where the index says the last entry ends. */
    private static boolean endsAt(SavedBytes saved, long end) throws IOException {
        ByteBuffer probe = ByteBuffer.allocate(2);
        long from = Math.max(0, end - 1);
        int read = 0;
        while (probe.hasRemaining()) {
            int n = saved.read(probe, from + read);
            if (n <= 0) {
                break;
            }
            read += n;
        }
        return read == end - from;
    }

    /**
     * The cache to save, unless it is what was read: the entries of this run's files, and the earlier entries of
     * files this run did not see that {@code stillThere} keeps (a run over some files keeps the others' results; a
     * deleted file's go).
     */
    public Optional<Contents> toSave(Predicate<String> stillThere) {
        Map<String, Entry> kept = new HashMap<>();
        boolean dropped = false;
        for (Map.Entry<String, Entry> earlier : stored.entrySet()) {
            if (!recorded.containsKey(earlier.getKey())) {
                if (earlier.getKey().equals(PROJECT) || stillThere.test(earlier.getKey())) {
                    kept.put(earlier.getKey(), earlier.getValue());
                } else {
                    dropped = true;
                }
            }
        }
        if (!changed.get() && !dropped) {
            return Optional.empty();
        }
        Map<String, Entry> merged = new TreeMap<>(recorded);
        merged.putAll(kept);
        return Optional.of(new Contents(this, merged));
    }

    /** What a cache holds, ready to be written where {@link #read} reads it from. */
    public static final class Contents {

        private final ResultCache cache;
        private final Map<String, Entry> entries;

        private Contents(ResultCache cache, Map<String, Entry> entries) {
            this.cache = cache;
            this.entries = entries;
        }

        /** Writes the cache, copying the entries kept from the saved bytes it was read from. */
        public void writeTo(OutputStream destination) throws IOException {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(destination, BUFFER_BYTES));
            out.writeUTF(MAGIC);
            writeText(out, cache.fingerprint);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> file : entries.entrySet()) {
                out.writeUTF(file.getKey());
                out.write(file.getValue().digest());
                out.writeInt(file.getValue().length());
                out.writeLong(file.getValue().checksum());
                out.writeLong(file.getValue().size());
                out.writeLong(file.getValue().modified());
            }
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
            for (Entry entry : entries.values()) {
                if (entry.data() != null) {
                    out.write(entry.data());
                } else if (entry.spilled()) {
                    copy(cache.spill, entry.offset(), entry.length(), out, buffer);
                } else {
                    copy(cache.saved, cache.dataStart + entry.offset(), entry.length(), out, buffer);
                }
            }
            out.flush();
        }
    }

    private static void copy(SavedBytes from, long start, int length, OutputStream out, ByteBuffer buffer)
            throws IOException {
        long end = start + length;
        for (long at = start; at < end; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), end - at));
            int read = from.read(buffer, at);
            if (read <= 0) {
                throw new EOFException("the bytes an entry was kept in have become shorter");
            }
            out.write(buffer.array(), 0, read);
            at += read;
        }
    }

    /** The stored results of a file, if its bytes are those they were computed from and the entry is intact. */
    byte[] lookup(String path, byte[] digest) {
        return read(path, digest, (bytes, offset, length) -> Arrays.copyOfRange(bytes, offset, offset + length));
    }

    /** Makes something of an entry's bytes, {@code length} of them from {@code offset}, which it may not keep. */
    @FunctionalInterface
    interface EntryBytes<T> {
        T read(byte[] bytes, int offset, int length);
    }

    /**
     * What {@code reader} makes of the stored results of a file, if its bytes are those they were computed from and
     * the entry is intact; null otherwise. An entry within this thread's window is read where it lies rather than
     * copied out first (a rerun over 20,000 files copied 78 MB so), so the reader reads no other entry meanwhile.
     */
    <T> T read(String path, byte[] digest, EntryBytes<T> reader) {
        Entry entry = stored.get(path);
        if (entry == null || !Arrays.equals(entry.digest(), digest)) {
            return null;
        }
        long position = dataStart + entry.offset();
        int length = entry.length();
        try {
            if (length > BUFFER_BYTES) {
                byte[] data = readLarge(position, length);
                return data != null && checksum(data, 0, length) == entry.checksum() ? reader.read(data, 0, length)
                        : null;
            }
            Window window = windows.get();
            if (!window.holds(position, length)) {
                window.fill(saved, position);
            }
            if (!window.holds(position, length)) {
                return null;
            }
            int offset = window.offset(position);
            byte[] bytes = window.bytes();
            return checksum(bytes, offset, length) == entry.checksum() ? reader.read(bytes, offset, length) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Saved bytes larger than a window, read in pieces as large as one. */
    private byte[] readLarge(long position, int length) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(length);
        while (data.position() < data.capacity()) {
            // a file channel reads through a native buffer as large as what is asked for at once
            data.limit(Math.min(data.capacity(), data.position() + BUFFER_BYTES));
            if (saved.read(data, position + data.position()) <= 0) {
                return null;
            }
        }
        return data.array();
    }

    /** Some of the saved bytes, read at once: those from {@code start} on, as many as the buffer holds. */
    private static final class Window {

        private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES);
        private long start = -1;

        boolean holds(long position, int length) {
            return start >= 0 && position >= start && position + length <= start + bytes.position();
        }

        /** Reads the saved bytes from {@code from} on, up to the buffer's size or their end. */
        void fill(SavedBytes saved, long from) throws IOException {
            start = -1;
            bytes.clear();
            while (bytes.hasRemaining()) {
                if (saved.read(bytes, from + bytes.position()) <= 0) {
                    break;
                }
            }
            start = from;
        }

        /** Where the saved byte at {@code position}, which the window holds, is in {@link #bytes}. */
        int offset(long position) {
            return (int) (position - start);
        }

        byte[] bytes() {
            return bytes.array();
        }
    }

    /**
     * The digest of a file's stored results if the file has the size and modification time it had when they were
     * made, long enough after its last change that a new change would have given it another time: then its bytes
     * are those the results were computed from, without reading them.
     */
    byte[] unchanged(String path, long size, long modified) {
        Entry entry = stored.get(path);
        return entry != null && modified != InputFile.UNKNOWN_TIME && entry.modified() == modified
                && entry.size() == size ? entry.digest() : null;
    }

    /** Keeps the entries this run makes in {@code spill} instead of in memory; called before the run starts. */
    public void spillTo(Spill spill) {
        this.spill = spill;
    }

    /** Records the results of a file this run checked, made from bytes the file had with that size and time. */
    void record(String path, byte[] digest, byte[] data, long size, long modified) {
        recorded.put(path, made(path, digest, size, settled(modified), data));
        changed.set(true);
    }

    private Entry made(String path, byte[] digest, long size, long modified, byte[] data) {
        if (spill != null) {
            try {
                return Entry.spilled(path, digest, size, modified, data.length, checksum(data), spill.append(data));
            } catch (IOException e) {
                // kept in memory instead: the cache is still saved whole
            }
        }
        return Entry.made(path, digest, size, modified, data);
    }

    /**
     * Records that this run used a file's stored results, which are kept for the next with its size and time, and
     * the lines of the file they hold for the report.
     */
    void reuse(String path, long size, long modified, SourceLines lines) {
        if (lines.size() > 0) {
            reusedLines.put(path, lines);
        }
        Entry earlier = stored.get(path);
        Entry now = earlier.seen(size, settled(modified));
        recorded.put(path, now);
        // a file whose time changed but not its bytes (a checkout, a copy) is read by every run until this is saved
        if (now.size() != earlier.size() || now.modified() != earlier.modified()) {
            changed.set(true);
        }
    }

    /** The time, if it vouches for the bytes read: the file was last changed a while before the run. */
    private long settled(long modified) {
        return modified < settledBefore ? modified : InputFile.UNKNOWN_TIME;
    }

    /**
     * The lines held by the entries of files whose stored results this run used (the files had those bytes), by
     * path: what a report shows of those files without reading them.
     */
    public Map<String, SourceLines> reusedLines() {
        return Collections.unmodifiableMap(reusedLines);
    }

    /**
     * The files, each that has an entry with the path string the entry is stored under: the run's later look-ups of
     * its entry (four or five a file) then find the very key, which a look-up compares before reading the characters,
     * and the cache records it anew under that key.
     */
    List<InputFile> withStoredPaths(List<InputFile> files) {
        List<InputFile> withStored = new ArrayList<>(files.size());
        for (InputFile file : files) {
            Entry entry = stored.get(file.path());
            withStored.add(entry == null ? file : file.withPath(entry.path()));
        }
        return withStored;
    }

    /** The digest a file's entry is stored under, or null when it has none. */
    byte[] storedDigest(String path) {
        Entry entry = stored.get(path);
        return entry == null ? null : entry.digest();
    }

    /** Whether what project rules found is stored for the files of {@code key}. */
    boolean storesProject(byte[] key) {
        Entry entry = stored.get(PROJECT);
        return entry != null && Arrays.equals(entry.digest(), key);
    }

    /** What project rules found in a run whose files had the {@linkplain #key key} given, if it is stored. */
    byte[] lookupProject(byte[] key) {
        return lookup(PROJECT, key);
    }

    /** Records what project rules found in this run's files; a cache holds the latest run's only. */
    void recordProject(byte[] key, ChunkedBytes data) {
        recorded.put(PROJECT, madeInPieces(key, data));
        changed.set(true);
    }

    /** An entry of many megabytes, spilled from its pieces: copied into one array only to be kept in memory. */
    private Entry madeInPieces(byte[] key, ChunkedBytes data) {
        if (spill != null) {
            try {
                CRC32 crc = new CRC32();
                data.writeTo(new CheckedOutputStream(OutputStream.nullOutputStream(), crc));
                return Entry.spilled(PROJECT, key, 0, InputFile.UNKNOWN_TIME, Math.toIntExact(data.size()),
                        crc.getValue(), spill.append(data));
            } catch (IOException e) {
                // kept in memory instead: the cache is still saved whole
            }
        }
        return Entry.made(PROJECT, key, 0, InputFile.UNKNOWN_TIME, data.toByteArray());
    }

    /** Records that this run used the stored project results. */
    void reuseProject() {
        recorded.put(PROJECT, stored.get(PROJECT));
    }

    /** A key for what project rules found: a digest of each file's path, digest and part in the run, in order. */
    static KeyBuilder key() {
        return new KeyBuilder();
    }

    static final class KeyBuilder {

        private final MessageDigest sha = sha256();

        void add(String path, byte[] digest, boolean context) {
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(digest);
            sha.update((byte) (context ? 1 : 0));
        }

        byte[] build() {
            return sha.digest();
        }
    }

    /** The digest a file's entry is stored under: of its bytes and of the format the caller gave it, if any. */
    static byte[] digest(InputFile input, byte[] content) {
        MessageDigest sha = sha256();
        sha.update(input.format().map(Enum::name).orElse("").getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        return sha.digest(content);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long checksum(byte[] data) {
        return checksum(data, 0, data.length);
    }

    private static long checksum(byte[] data, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(data, offset, length);
        return crc.getValue();
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FINGERPRINT_BYTES) {
            throw new EOFException("not a fingerprint: " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** The saved bytes from the start as a stream that tells how much of them it has handed out. */
    private static final class PositionedStream extends InputStream {

        private final SavedBytes saved;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).limit(0);
        private long bufferStart;

        PositionedStream(SavedBytes saved) {
            this.saved = saved;
        }

        long position() {
            return bufferStart + buffer.position();
        }

        @Override
        public int read() throws IOException {
            return fill() ? buffer.get() & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, buffer.remaining());
            buffer.get(into, offset, count);
            return count;
        }

        private boolean fill() throws IOException {
            if (buffer.hasRemaining()) {
                return true;
            }
            bufferStart += buffer.limit();
            buffer.clear();
            int read = saved.read(buffer, bufferStart);
            buffer.flip();
            return read > 0;
        }
    }
}
