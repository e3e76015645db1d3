package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Python tests of the bench scripts ({@code bench/test_*.py}), so that the workloads the performance
 * figures come from are checked with the rest: a bench that built the wrong files would mislead quietly.
 */
class BenchScriptsTest {

    private static final Path REPO = Path.of("").toAbsolutePath();

    @Test
    void theBenchScriptsPassTheirTests(@TempDir Path scratch) throws IOException, InterruptedException {
        // written to a file, not read from a pipe, so that a test that hangs meets the time limit below
        Path log = scratch.resolve("unittest.log");
        Process python;
        try {
            python = new ProcessBuilder("python3", "-B", "-m", "unittest", "discover", "-s", "bench", "-p", "test_*.py")
                    .directory(REPO.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException notFound) {
            if (System.getenv("CI") != null) {
                fail("python3 is not on PATH, so the bench scripts cannot be tested; install it before the tests");
            }
            assumeTrue(false, "python3 is not on PATH; skipping the bench scripts' tests");
            return;
        }
        python.getOutputStream().close();
        boolean finished = python.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            python.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(finished, "the bench scripts' tests did not finish in 60 s: " + output);
        assertEquals(0, python.exitValue(), output);
        assertTrue(output.contains("\nOK"), output);
    }
}
