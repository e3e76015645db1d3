package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same sources share an identity; a change to any class or rule gives a new one. */
class BuildIdentityTest {

    @TempDir
    Path dir;

    private Path jar(String name, long time, Map<String, String> entries) throws IOException {
        return jar(name, time, entries, Comparator.naturalOrder());
    }

    private Path jar(String name, long time, Map<String, String> entries, Comparator<String> order)
            throws IOException {
        Path jar = dir.resolve(name);
        Map<String, String> ordered = new TreeMap<>(order);
        ordered.putAll(entries);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : ordered.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setLastModifiedTime(FileTime.fromMillis(time));
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void buildsOfTheSameSourcesShareAnIdentityWhateverTheirTimesAndRecordedIds() throws IOException {
        String first = BuildIdentity.of(jar("a.jar", 1_000_000L, Map.of("dev/agentlint/A.class", "code",
                "dev/agentlint/version.properties", "build=1")), "1");
        String second = BuildIdentity.of(jar("b.jar", 9_000_000L, Map.of("dev/agentlint/A.class", "code",
                "dev/agentlint/version.properties", "build=2")), "2");
        String changed = BuildIdentity.of(jar("c.jar", 1_000_000L, Map.of("dev/agentlint/A.class", "c0de",
                "dev/agentlint/version.properties", "build=1")), "1");

        assertTrue(first.matches("jar 1-[0-9a-f]+"), first);
        assertEquals(first, second);
        assertNotEquals(first, changed);
    }

    @Test
    void theOrderOfTheEntriesDoesNotMatterButTheirNamesDo() throws IOException {
        Map<String, String> entries = Map.of("dev/agentlint/A.class", "a", "dev/agentlint/B.class", "b",
                "dev/agentlint/rules/x.yaml", "id: x");
        String sorted = BuildIdentity.of(jar("sorted.jar", 0L, entries), "1");
        String reversed = BuildIdentity.of(jar("reversed.jar", 0L, entries, Comparator.reverseOrder()), "1");
        String renamed = BuildIdentity.of(jar("renamed.jar", 0L, Map.of("dev/agentlint/A.class", "a",
                "dev/agentlint/C.class", "b", "dev/agentlint/rules/x.yaml", "id: x")), "1");

        assertEquals(sorted, reversed);
        assertNotEquals(sorted, renamed);
    }

    @Test
    void classesOutsideAJarAreIdentifiedByTheRecordedId() {
        assertEquals("build 20261206", BuildIdentity.of(dir, "20261206"));
        assertEquals("build 20261206", BuildIdentity.of(null, "20261206"));
        assertEquals("build 20261206", BuildIdentity.of(dir.resolve("missing.jar"), "20261206"));
    }
}
