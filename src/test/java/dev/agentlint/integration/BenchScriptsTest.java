package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the Python tests of the bench scripts ({@code bench/test_*.py}), so that the workloads the performance
 * figures come from are checked with the rest: a bench that built the wrong files would mislead quietly.
 */
class BenchScriptsTest {

    private static final Path REPO = Path.of("").toAbsolutePath();

    @Test
    void theBenchScriptsPassTheirTests() throws IOException, InterruptedException {
        Process python;
        try {
            python = new ProcessBuilder("python3", "-B", "-m", "unittest", "discover", "-s", "bench", "-p", "test_*.py")
                    .directory(REPO.toFile()).redirectErrorStream(true).start();
        } catch (IOException notFound) {
            if (System.getenv("CI") != null) {
                fail("python3 is not on PATH, so the bench scripts cannot be tested; install it before the tests");
            }
            assumeTrue(false, "python3 is not on PATH; skipping the bench scripts' tests");
            return;
        }
        python.getOutputStream().close();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(60, TimeUnit.SECONDS), "the bench scripts' tests did not finish in 60 s");
        assertEquals(0, python.exitValue(), output);
        assertTrue(output.contains("\nOK"), output);
    }
}
