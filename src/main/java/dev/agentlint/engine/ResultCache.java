package dev.agentlint.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Results of earlier runs, file by file: what a file's own checks found and what project rules keep of it, under
 * its path and a digest of its bytes. A run reuses an entry only when the file's bytes, the configuration and the
 * build of agentlint are those it was made with, and records an entry for each file it checks. The core neither
 * reads nor writes files: the caller loads the cache's bytes before a run and saves them after.
 */
public final class ResultCache {

    private static final String MAGIC = "agentlint result cache 1";
    private static final int DIGEST_BYTES = 32;
    private static final int MAX_FINGERPRINT_BYTES = 1 << 20;

    private final String fingerprint;
    private final Map<String, Entry> stored;
    private final Map<String, Entry> recorded = new ConcurrentHashMap<>();
    private final AtomicBoolean checkedAny = new AtomicBoolean();

    /** One file's results, with the digest of the bytes they were computed from. */
    record Entry(byte[] digest, byte[] data) {
    }

    private ResultCache(String fingerprint, Map<String, Entry> stored) {
        this.fingerprint = fingerprint;
        this.stored = stored;
    }

    /** A cache with nothing in it, for runs of the linter and configuration a {@link Linter#fingerprint} names. */
    public static ResultCache empty(String fingerprint) {
        return new ResultCache(fingerprint, Map.of());
    }

    /**
     * The cache saved by an earlier run; empty when the bytes are not a cache, are damaged, or were made by another
     * build or with other settings, since such results cannot be trusted.
     *
     * @throws IOException when the bytes cannot be read at all
     */
    public static ResultCache read(InputStream saved, String fingerprint) throws IOException {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(saved, 1 << 16));
            if (!in.readUTF().equals(MAGIC) || !readText(in).equals(fingerprint)) {
                return new ResultCache(fingerprint, Map.of());
            }
            int count = in.readInt();
            Map<String, Entry> stored = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String path = in.readUTF();
                byte[] digest = in.readNBytes(DIGEST_BYTES);
                byte[] data = in.readNBytes(in.readInt());
                if (in.readLong() != checksum(data)) {
                    return new ResultCache(fingerprint, Map.of());
                }
                stored.put(path, new Entry(digest, data));
            }
            if (in.read() != -1) {
                return new ResultCache(fingerprint, Map.of());
            }
            return new ResultCache(fingerprint, stored);
        } catch (EOFException | UTFDataFormatException | RuntimeException e) {
            return new ResultCache(fingerprint, Map.of());
        }
    }

    /**
     * The cache to save, unless it is what was read: the entries of this run's files, and the earlier entries of
     * files this run did not see that {@code stillThere} keeps (a run over some files keeps the others' results; a
     * deleted file's go).
     */
    public Optional<Contents> toSave(Predicate<String> stillThere) {
        Map<String, Entry> merged = new TreeMap<>(recorded);
        boolean dropped = false;
        for (Map.Entry<String, Entry> earlier : stored.entrySet()) {
            if (!merged.containsKey(earlier.getKey())) {
                if (stillThere.test(earlier.getKey())) {
                    merged.put(earlier.getKey(), earlier.getValue());
                } else {
                    dropped = true;
                }
            }
        }
        return checkedAny.get() || dropped ? Optional.of(new Contents(fingerprint, merged)) : Optional.empty();
    }

    /** What a cache holds, ready to be written where {@link #read} reads it from. */
    public static final class Contents {

        private final String fingerprint;
        private final Map<String, Entry> entries;

        private Contents(String fingerprint, Map<String, Entry> entries) {
            this.fingerprint = fingerprint;
            this.entries = entries;
        }

        public void writeTo(OutputStream destination) throws IOException {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(destination, 1 << 16));
            out.writeUTF(MAGIC);
            writeText(out, fingerprint);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> file : entries.entrySet()) {
                out.writeUTF(file.getKey());
                out.write(file.getValue().digest());
                out.writeInt(file.getValue().data().length);
                out.write(file.getValue().data());
                out.writeLong(checksum(file.getValue().data()));
            }
            out.flush();
        }
    }

    /** The stored results of a file, if its bytes are those they were computed from. */
    byte[] lookup(String path, byte[] digest) {
        Entry entry = stored.get(path);
        return entry != null && Arrays.equals(entry.digest(), digest) ? entry.data() : null;
    }

    /** Records the results of a file this run checked. */
    void record(String path, byte[] digest, byte[] data) {
        recorded.put(path, new Entry(digest, data));
        checkedAny.set(true);
    }

    /** Records that this run used a file's stored results, which are kept for the next. */
    void reuse(String path, byte[] digest, byte[] data) {
        recorded.put(path, new Entry(digest, data));
    }

    /** The digest a file's entry is stored under: of its bytes and of the format the caller gave it, if any. */
    static byte[] digest(InputFile input, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(input.format().map(Enum::name).orElse("").getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long checksum(byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
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
}
