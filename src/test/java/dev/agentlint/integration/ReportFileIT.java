package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A report written with {@code --output} goes to the file as it is made; when the file system refuses it part
 * way (here a file-size limit the shell sets), the run says why, and the report an earlier run left is kept.
 */
class ReportFileIT {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    /** The text report is written as bytes, the others as text: each way of writing keeps the earlier report. */
    @ParameterizedTest
    @ValueSource(strings = {"sarif", "text"})
    void aReportTheFileSystemRefusesPartWayLeavesTheEarlierOneAsItWas(String format) throws Exception {
        Path report = work.resolve("agentlint." + format);
        Files.writeString(report, "the report of an earlier run\n", StandardCharsets.UTF_8);
        // one block of 512 bytes: the examples' reports are larger
        String command = "ulimit -f 1; exec \"$0\" --format \"$2\" --output \"$1\" examples";
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command, REPO.resolve("bin/agentlint").toString(),
                report.toString(), format).directory(REPO.toFile()).redirectErrorStream(true);
        // no class cache and no performance data file: the limit is for the report alone
        builder.environment().put("AGENTLINT_NO_CACHE", "1");
        builder.environment().put("AGENTLINT_JAVA_OPTS", "-XX:-UsePerfData");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("agentlint: cannot write " + report + ": File too large"), output);
        assertEquals("the report of an earlier run\n", Files.readString(report, StandardCharsets.UTF_8));
        try (Stream<Path> files = Files.list(work)) {
            assertEquals(List.of(report), files.toList(), "no temporary file is left behind");
        }
    }
}
