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
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same sources share an identity; a change to any class or rule gives a new one. */
class BuildIdentityTest {

    @TempDir
    Path dir;

    private Path jar(String name, long time, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
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

        assertTrue(first.matches("jar [0-9a-f]{64}"), first);
        assertEquals(first, second);
        assertNotEquals(first, changed);
    }

    @Test
    void classesOutsideAJarAreIdentifiedByTheRecordedId() {
        assertEquals("build 20261206", BuildIdentity.of(dir, "20261206"));
        assertEquals("build 20261206", BuildIdentity.of(null, "20261206"));
        assertEquals("build 20261206", BuildIdentity.of(dir.resolve("missing.jar"), "20261206"));
    }
}
