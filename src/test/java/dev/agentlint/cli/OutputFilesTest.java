package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** Half of a surrogate pair is written as standard output writes it, not refused. */
    @Test
    void aCharacterUtf8CannotHoldIsWrittenAsAQuestionMark() throws Exception {
        Path report = work.resolve("report.txt");
        OutputFiles.writeAtomically(report, "rocket \uD83D.");
        assertEquals("rocket ?.", Files.readString(report, StandardCharsets.UTF_8));
    }
}
