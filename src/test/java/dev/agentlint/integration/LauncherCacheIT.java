package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class cache of {@code bin/agentlint}: made in the background by the first run, used by the next ones, safe
 * when runs race, cleaned of what a killed training left, and silently skipped when it cannot be made.
 */
class LauncherCacheIT {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();
    private static final Duration TRAINING = Duration.ofMinutes(3);
    /** A pre-commit style run on the shipped examples; it reports findings, so its output says something. */
    private static final List<String> CHECK = List.of("check", "--no-color", "--root", "examples",
            "examples/.claude/agents/code-reviewer.md", "examples/.github/agents/docs-writer.agent.md");

    @TempDir
    Path work;

    private record Run(int exit, String output) {
    }

    private record Started(Process process, Path log) {
    }

    @Test
    void racingFirstRunsMakeOneCacheThatLaterRunsUseWithTheSameResult() throws Exception {
        Path cacheHome = work.resolve("cache");
        Started first = start(cacheHome, Map.of());
        Started second = start(cacheHome, Map.of());
        Run a = finish(first);
        Run b = finish(second);
        assertEquals(a, b, "two first runs racing for the cache");
        Path caches = cacheHome.resolve("agentlint");
        awaitTraining(caches);
        assertEquals(1, cachesIn(caches).size(), () -> "one cache for one build and JDK: " + list(caches));
        assertTrue(leftovers(caches).isEmpty(), () -> "nothing half-made stays behind: " + list(caches));
        assertEquals(a, finish(start(cacheHome, Map.of())), "a run with the cache reports what one without it did");
    }

    /** The cache is keyed on the id Maven writes beside the jar for every build, so a rebuild never meets a stale one. */
    @Test
    void aNewBuildIdGetsANewCache() throws Exception {
        Path cacheHome = work.resolve("cache");
        Path caches = cacheHome.resolve("agentlint");
        Run before = finish(start(cacheHome, Map.of()));
        awaitTraining(caches);
        List<Path> first = cachesIn(caches);
        Path buildId = REPO.resolve("target/agentlint.id");
        String id = Files.readString(buildId, StandardCharsets.UTF_8);
        FileTime built = Files.getLastModifiedTime(buildId);
        try {
            Files.writeString(buildId, id.strip() + "0\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(buildId, built);
            assertEquals(before, finish(start(cacheHome, Map.of())), "the first run of a new build, without a cache");
            Instant deadline = Instant.now().plus(TRAINING);
            while (cachesIn(caches).size() < 2 || locks(caches) > 0) {
                assertTrue(Instant.now().isBefore(deadline), () -> "no cache for the new build: " + list(caches));
                Thread.sleep(200);
            }
        } finally {
            Files.writeString(buildId, id, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(buildId, built);
        }
        assertTrue(cachesIn(caches).containsAll(first), "the older build's cache is kept among the newest four");
        assertEquals(2, cachesIn(caches).size(), () -> list(caches));
    }

    /** Every rebuild or JDK update makes a new cache of some 30 MB; without pruning, a checkout's caches pile up. */
    @Test
    void onlyTheFourNewestCachesAreKept() throws Exception {
        Path caches = Files.createDirectories(work.resolve("cache/agentlint"));
        Instant now = Instant.now();
        List<String> older = List.of("agentlint-21.aot", "agentlint-22.jsa", "agentlint-23.aot", "agentlint-24.aot",
                "agentlint-25.jsa");
        for (int i = 0; i < older.size(); i++) {
            FileTime age = FileTime.from(now.minus(Duration.ofHours(older.size() - i)));
            Files.setLastModifiedTime(Files.writeString(caches.resolve(older.get(i)), "an older build's cache"), age);
        }
        finish(start(work.resolve("cache"), Map.of()));
        awaitTraining(caches);
        List<Path> kept = cachesIn(caches);
        assertEquals(4, kept.size(), () -> "the new cache and the three newest before it: " + list(caches));
        assertTrue(kept.containsAll(List.of(caches.resolve("agentlint-23.aot"), caches.resolve("agentlint-24.aot"),
                caches.resolve("agentlint-25.jsa"))), () -> list(caches));
    }

    @Test
    void whatAKilledTrainingLeftIsRemovedAfterTenMinutes() throws Exception {
        Path caches = Files.createDirectories(work.resolve("cache/agentlint"));
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (String stale : List.of("agentlint-11.aot.4242", "agentlint-11.aot.4242.config", "agentlint-12.jsa.77")) {
            Files.setLastModifiedTime(Files.writeString(caches.resolve(stale), "partial"), anHourAgo);
        }
        Path staleScratch = Files.createDirectories(caches.resolve("agentlint-11.training.4242/project/examples"));
        Files.writeString(staleScratch.resolve("agent.md"), "a copy the killed training made");
        Files.setLastModifiedTime(staleScratch.getParent().getParent(), anHourAgo);
        Path training = Files.writeString(caches.resolve("agentlint-13.aot.99"), "another run is writing this");
        Path scratch = Files.createDirectories(caches.resolve("agentlint-13.training.99"));
        finish(start(work.resolve("cache"), Map.of()));
        awaitTraining(caches);
        assertEquals(List.of(training, scratch), leftovers(caches),
                "only the young leftovers, which a training may still own");
    }

    /** Beside the run, the training would take a core from it: a first run over 2,000 files took 1.65 times as long. */
    @Test
    void theTrainingStartsOnlyOnceTheFirstRunIsOver() throws Exception {
        Path cacheHome = work.resolve("cache");
        // every rule's fixtures: a run long enough for a training started beside it to show
        Started run = start(cacheHome, Map.of(), List.of("check", "--no-color", "--fail-on", "never", "fixtures"));
        boolean trainedDuringTheRun = false;
        while (run.process().isAlive()) {
            trainedDuringTheRun |= training(cacheHome);
            Thread.sleep(20);
        }
        assertFalse(trainedDuringTheRun, "a training ran while the first run did");
        awaitTraining(cacheHome.resolve("agentlint"));
    }

    /** Whether a training that makes a cache under {@code cacheHome} is running. */
    private static boolean training(Path cacheHome) {
        return ProcessHandle.allProcesses().anyMatch(process -> process.info().commandLine()
                .filter(line -> line.contains("dev.agentlint.cli.Training") && line.contains(cacheHome.toString()))
                .isPresent());
    }

    @Test
    void runsWithoutACacheWhenToldToOrWhenNoneCanBeMade() throws Exception {
        Run usual = finish(start(work.resolve("usual"), Map.of()));
        awaitTraining(work.resolve("usual/agentlint"));

        Path untouched = work.resolve("untouched");
        assertEquals(usual, finish(start(untouched, Map.of("AGENTLINT_NO_CACHE", "1"))));
        assertFalse(Files.exists(untouched), "AGENTLINT_NO_CACHE=1 writes no cache");

        Path notADirectory = Files.writeString(work.resolve("plain-file"), "");
        assertEquals(usual, finish(start(notADirectory, Map.of())), "a cache home that is a file is skipped quietly");
    }

    private Started start(Path cacheHome, Map<String, String> extraEnv) throws IOException {
        return start(cacheHome, extraEnv, CHECK);
    }

    private Started start(Path cacheHome, Map<String, String> extraEnv, List<String> arguments) throws IOException {
        List<String> command = Stream.concat(Stream.of("sh", REPO.resolve("bin/agentlint").toString()),
                arguments.stream()).toList();
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
        builder.environment().put("HOME", work.toString());
        builder.environment().remove("AGENTLINT_NO_CACHE");
        builder.environment().remove("AGENTLINT_JAVA_OPTS");
        builder.environment().putAll(extraEnv);
        Path log = Files.createTempFile(work, "run", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        return new Started(process, log);
    }

    /** The exit code and output of a run, its timing left out. */
    private static Run finish(Started started) throws Exception {
        if (!started.process().waitFor(TRAINING.toSeconds(), TimeUnit.SECONDS)) {
            started.process().destroyForcibly();
            fail("bin/agentlint did not finish in " + TRAINING);
        }
        String output = Files.readString(started.log(), StandardCharsets.UTF_8)
                .replaceAll("\\(\\d+\\.\\d+s\\)", "(TIME)");
        assertTrue(output.contains("2 files checked"), () -> "a report, not a launcher failure: " + output);
        return new Run(started.process().exitValue(), output);
    }

    /** Waits until no training holds its lock, so that the cache is made and the directory can be deleted. */
    private static void awaitTraining(Path caches) throws Exception {
        Instant deadline = Instant.now().plus(TRAINING);
        while (Instant.now().isBefore(deadline)) {
            if (Files.isDirectory(caches) && !cachesIn(caches).isEmpty() && locks(caches) == 0) {
                return;
            }
            Thread.sleep(200);
        }
        fail("no cache was made in " + TRAINING + ": " + list(caches));
    }

    private static List<Path> cachesIn(Path caches) throws IOException {
        return matching(caches, "agentlint-[0-9]+\\.(aot|jsa)");
    }

    private static List<Path> leftovers(Path caches) throws IOException {
        return matching(caches, "agentlint-[0-9]+\\.(aot|jsa|training)\\..+");
    }

    private static long locks(Path caches) throws IOException {
        return matching(caches, "agentlint-[0-9]+\\.lock").size();
    }

    private static List<Path> matching(Path dir, String regex) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches(regex)).sorted().toList();
        }
    }

    private static String list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList().toString();
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
