package dev.agentlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What identifies the code of a run, for the result cache. Of a jar: a checksum of its entries' names, sizes and
 * checksums, which two builds of the same sources share (only their times and the recorded build id differ), so
 * that CI, which builds agentlint afresh on every run, can reuse a cache. Of classes in a directory (the tests):
 * the id recorded for each build. The jar's entries are combined in any order by adding up a 64-bit mix of each,
 * which needs neither sorting nor a cryptographic digest: nobody chooses which build a cache was made by, so
 * only accidental equality matters, and the check costs a few milliseconds on every cached run.
 */
final class BuildIdentity {

    /** Where the build id is recorded: different in every build, so left out of the jar's checksum. */
    private static final String RECORDED_ID = "dev/agentlint/version.properties";

    private BuildIdentity() {
    }

    /** @param codeLocation the jar or directory the classes come from, or {@code null} when not known */
    static String of(Path codeLocation, String recordedId) {
        try {
            if (codeLocation != null && Files.isRegularFile(codeLocation)) {
                return "jar " + checksumOfEntries(codeLocation);
            }
        } catch (IOException | RuntimeException e) {
            // no readable jar: the recorded id identifies the build
        }
        return "build " + recordedId;
    }

    private static String checksumOfEntries(Path jar) throws IOException {
        long sum = 0;
        int count = 0;
        CRC32C name = new CRC32C();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
                ZipEntry entry = all.nextElement();
                if (!entry.getName().equals(RECORDED_ID)) {
                    name.reset();
                    name.update(entry.getName().getBytes(StandardCharsets.UTF_8));
                    sum += mix((name.getValue() << 32 | entry.getCrc()) ^ mix(entry.getSize()));
                    count++;
                }
            }
        }
        return count + "-" + Long.toHexString(sum);
    }

    /** The finaliser of SplitMix64: every bit of the input affects every bit of the result. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
