package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path work;

    @Test
    void aReportReplacesTheFileWholeAndNothingElseIsLeft() throws Exception {
        Path report = Files.writeString(work.resolve("report.txt"), "an earlier report\n");
        OutputFiles.writeAtomically(report, out -> {
            out.println("first line");
            out.print("second line");
        });
        assertEquals("first line" + System.lineSeparator() + "second line",
                Files.readString(report, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(report), files.toList());
        }
    }

    /** A report is a file like any other a user makes, not one only its owner may read (as temporary files are). */
    @Test
    void aNewReportIsMadeAsAnyNewFileAndAReplacedOneKeepsItsPermissions() throws Exception {
        assumeTrue(Files.getFileStore(work).supportsFileAttributeView(PosixFileAttributeView.class));
        Path plain = Files.createFile(work.resolve("plain.txt"));
        Path report = work.resolve("report.sarif");
        OutputFiles.writeAtomically(report, out -> out.write("{}\n"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(report));

        Set<PosixFilePermission> groupOnly = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(report, groupOnly);
        OutputFiles.writeAtomically(report, out -> out.write("{ }\n"));
        assertEquals(groupOnly, Files.getPosixFilePermissions(report));
        assertEquals("{ }\n", Files.readString(report, StandardCharsets.UTF_8));
    }

    /** Half of a surrogate pair is written as standard output writes it, not refused. */
    @Test
    void aCharacterUtf8CannotHoldIsWrittenAsAQuestionMark() throws Exception {
        Path report = work.resolve("report.txt");
        OutputFiles.writeAtomically(report, out -> out.write("rocket \uD83D."));
        assertEquals("rocket ?.", Files.readString(report, StandardCharsets.UTF_8));
    }
}
