package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HeapBoundTest {

    private static final long MB = 1 << 20;

    @Test
    void aProcessThatPromotesGarbageKeepsItsOldGenerationNearTheBound() throws Exception {
        long unbounded = peakOldGenerationMegabytes("none");
        long bounded = peakOldGenerationMegabytes("16");
        // the same program promotes about 300 MB of garbage: without a bound the serial collector keeps it all
        assertTrue(unbounded > 192, "the program no longer shows the serial collector's growth: " + unbounded + " MB");
        assertTrue(bounded < 96, "the old generation grew to " + bounded + " MB with a bound of 16 MB");
    }

    @Test
    void theNextBoundIsAnEighthMoreThanWhatSurvivedAndNeverBelowTheFloor() {
        HeapBound bound = new HeapBound(oldGeneration(), 128 * MB, () -> { });
        assertEquals(128 * MB, bound.nextBound(0));
        assertEquals(128 * MB, bound.nextBound(100 * MB));
        assertEquals(180 * MB, bound.nextBound(160 * MB));
    }

    @Test
    void onlyTheOldGenerationsBoundCollectsAndIsThenRaisedOrKept() {
        MemoryPoolMXBean pool = oldGeneration();
        AtomicInteger collections = new AtomicInteger();
        HeapBound bound = new HeapBound(pool, 1024 * MB, collections::incrementAndGet);
        try {
            bound.exceeded("Eden Space");
            assertEquals(0, collections.get());
            bound.exceeded(pool.getName());
            assertEquals(1, collections.get());
            assertEquals(1024 * MB, pool.getUsageThreshold());
        } finally {
            pool.setUsageThreshold(0);
        }
    }

    @Test
    void aBoundAboveTheHeapsMaximumIsNotInstalled() throws Exception {
        assertEquals(Optional.empty(), HeapBound.install(Long.MAX_VALUE));
        long peak = peakOldGenerationMegabytes("64", "-Xmx24m");
        assertTrue(peak <= 24, "a process with a heap smaller than the bound runs as without it: " + peak + " MB");
    }

    private static MemoryPoolMXBean oldGeneration() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isUsageThresholdSupported())
                .findFirst().orElseThrow();
    }

    /** Runs {@link Promoter} in a JVM with the serial collector, as the daemon runs, and returns what it prints. */
    private static long peakOldGenerationMegabytes(String floor) throws IOException, InterruptedException {
        return peakOldGenerationMegabytes(floor, "-Xmx1g");
    }

    private static long peakOldGenerationMegabytes(String floor, String maximumHeap)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-XX:+UseSerialGC", "-Xmn4m", maximumHeap,
                "-XX:MaxTenuringThreshold=0", "-cp", System.getProperty("java.class.path"),
                Promoter.class.getName(), floor)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, process.waitFor(), output);
        return Long.parseLong(output);
    }

    /**
     * Allocates 64 KB arrays, each kept for the next 31 allocations, so that every young collection promotes what
     * it finds (its tenuring threshold is 0) and all of it is garbage soon after; prints the old generation's peak
     * use in megabytes over the second 256 MB of them (the first notification comes late: it loads and runs its
     * code for the first time). It pauses after every 2 MB, as a program does that also computes: the bound's
     * collection runs on the thread that delivers notifications, which an allocation loop alone outruns on a busy
     * machine. The argument is the bound in megabytes, or {@code none}.
     */
    static final class Promoter {
        public static void main(String[] args) throws InterruptedException {
            if (!args[0].equals("none")) {
                HeapBound.install(Long.parseLong(args[0]) * MB);
            }
            byte[][] window = new byte[32][];
            promote(window);
            Thread.sleep(200);
            oldGeneration().resetPeakUsage();
            promote(window);
            System.out.println(oldGeneration().getPeakUsage().getUsed() / MB);
        }

        private static void promote(byte[][] window) throws InterruptedException {
            for (int i = 0; i < 4096; i++) {
                window[i % window.length] = new byte[64 * 1024];
                if (i % 32 == 31) {
                    Thread.sleep(1);
                }
            }
        }
    }
}
