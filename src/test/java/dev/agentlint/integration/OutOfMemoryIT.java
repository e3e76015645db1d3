package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that needs more memory than Java was given says so in one line, with exit code 3 and no stack trace. */
class OutOfMemoryIT {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void aHeapTooSmallForTheFileIsReportedInOneLine() throws IOException, InterruptedException {
        Path agents = Files.createDirectories(work.resolve(".claude/agents"));
        String sentence = "- Never modify files outside `src/`, and always write the report to `docs/report.md`.\n";
        Files.writeString(agents.resolve("huge.md"), "---\nname: huge\ndescription: Writes reports.\n---\n"
                + sentence.repeat(120_000), StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx24m", "-XX:+UseSerialGC", "-jar",
                REPO.resolve("target/agentlint.jar").toString(), "check", "--max-file-size", "50M", "--no-color",
                ".claude/agents/huge.md").directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "agentlint did not finish");
        assertEquals(3, process.exitValue(), output);
        assertTrue(output.contains("agentlint: out of memory; give Java a larger heap"), output);
        assertFalse(output.contains("\tat "), "no stack trace:\n" + output);
    }
}
