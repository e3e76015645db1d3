package dev.agentlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What identifies the code of a run, for the result cache. Of a jar: a digest of its entries' names, sizes and
 * checksums, which two builds of the same sources share (only their times and the recorded build id differ), so
 * that CI, which builds agentlint afresh on every run, can reuse a cache. Of classes in a directory (the tests):
 * the id recorded for each build.
 */
final class BuildIdentity {

    /** Where the build id is recorded: different in every build, so left out of the jar's digest. */
    private static final String RECORDED_ID = "dev/agentlint/version.properties";

    private BuildIdentity() {
    }

    /** @param codeLocation the jar or directory the classes come from, or {@code null} when not known */
    static String of(Path codeLocation, String recordedId) {
        try {
            if (codeLocation != null && Files.isRegularFile(codeLocation)) {
                return "jar " + digestOfEntries(codeLocation);
            }
        } catch (IOException | RuntimeException e) {
            // no readable jar: the recorded id identifies the build
        }
        return "build " + recordedId;
    }

    private static String digestOfEntries(Path jar) throws IOException {
        List<String> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
                ZipEntry entry = all.nextElement();
                if (!entry.getName().equals(RECORDED_ID)) {
                    entries.add(entry.getName() + "\u0000" + entry.getSize() + "\u0000" + entry.getCrc());
                }
            }
        }
        entries.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            entries.forEach(entry -> sha.update((entry + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
