package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run abandoned part way (a daemon's run whose client was ended) reads no more files and writes none. */
class AbandonedRunTest {

    private static final int AGENTS = 60;
    private static final int READS_BEFORE_LEAVING = 5;

    @TempDir
    Path repo;

    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void writeAgents() throws IOException {
        Path agents = Files.createDirectories(repo.resolve(".claude/agents"));
        for (int i = 0; i < AGENTS; i++) {
            Files.writeString(agents.resolve("reviewer-" + i + ".md"), "---\nname: reviewer-" + i
                    + "\ndescription: Reviews diffs for missing tests\ntools: Read, Reed\n---\n"
                    + "Never approve a change without tests; always name the file that lacks them.\n");
        }
    }

    @Test
    void aCheckStopsReadingAndWritesNeitherItsReportNorTheResultCache() {
        runLeavingAfterSomeReads("check", "--format", "json", "--output", "report.json", "--cache-location",
                "results", ".");
        assertTrue(reads.get() < READS_BEFORE_LEAVING + Runtime.getRuntime().availableProcessors(),
                () -> reads + " files read of " + AGENTS);
        assertFalse(Files.exists(repo.resolve("report.json")), "report");
        assertFalse(Files.exists(repo.resolve("results")), "result cache");
    }

    @Test
    void aBaselineIsNotWritten() {
        runLeavingAfterSomeReads("baseline", ".");
        assertFalse(Files.exists(repo.resolve(".agentlint-baseline.json")));
    }

    @Test
    void aRunThatIsNotAbandonedReadsEveryFileAndWritesItsFiles() {
        run(() -> false, "check", "--format", "json", "--output", "report.json", "--cache-location", "results", ".");
        assertEquals(AGENTS, reads.get());
        assertTrue(Files.exists(repo.resolve("report.json")), "report");
        assertTrue(Files.exists(repo.resolve("results")), "result cache");
    }

    /** Runs agentlint as a daemon would, with a client that leaves once a few files have been read. */
    private void runLeavingAfterSomeReads(String... args) {
        run(() -> reads.get() >= READS_BEFORE_LEAVING, args);
    }

    private void run(BooleanSupplier abandoned, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        Environment environment = new Environment(repo, out, new PrintWriter(err), Map.of(), false,
                (file, limit) -> {
                    reads.incrementAndGet();
                    return Environment.readFile(file, limit);
                }, abandoned);
        Main.run(args, environment);
    }
}
