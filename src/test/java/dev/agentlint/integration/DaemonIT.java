package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/agentlint} with {@code AGENTLINT_DAEMON=1}: the first run starts the daemon, the next ones are answered
 * by it with the reports a run of its own would give, a daemon that died is replaced, and
 * {@code AGENTLINT_DAEMON=stop} stops it.
 */
class DaemonIT {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();
    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final List<String> CHECK = List.of("check", "--no-color", "--root", "examples",
            "examples/.claude/agents/code-reviewer.md", "examples/.github/agents/docs-writer.agent.md");

    @TempDir
    Path work;

    private record Run(int exit, String output) {
    }

    @AfterEach
    void stopDaemons() throws Exception {
        launch(REPO, Map.of("AGENTLINT_DAEMON", "stop"), List.of());
        for (Path state : states()) {
            ProcessHandle.of(pidOf(state)).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void theFirstRunStartsADaemonThatAnswersTheNextOnesAsARunOfTheirOwnWould() throws Exception {
        Run plain = launch(REPO, Map.of(), CHECK);
        assertTrue(plain.output().contains("2 files checked"), plain::output);
        assertEquals(plain, launch(REPO, daemon(), CHECK), "the run that starts the daemon");
        List<String> jvmOptions = ProcessHandle.of(pidOf(awaitDaemon())).orElseThrow().info().arguments()
                .map(List::of).orElseThrow();
        assertTrue(jvmOptions.containsAll(List.of("-Xms64m", "-XX:-ShrinkHeapInSteps", "-XX:MinHeapFreeRatio=10")),
                () -> "the daemon's heap is kept small: " + jvmOptions);
        assertEquals(plain, launch(REPO, daemon(), CHECK), "a run the daemon answers");

        Path examples = REPO.resolve("examples");
        List<String> relative = List.of("--format", "json", ".claude/agents");
        assertEquals(launch(examples, Map.of(), relative), launch(examples, daemon(), relative),
                "a run from another directory, with relative paths");
        List<String> missing = List.of("no-such-agent.md");
        Run notFound = launch(REPO, daemon(), missing);
        assertEquals(launch(REPO, Map.of(), missing), notFound);
        assertEquals(2, notFound.exit());

        Run stop = launch(REPO, Map.of("AGENTLINT_DAEMON", "stop"), List.of());
        assertEquals(new Run(0, "agentlint: the daemon stopped after 3 runs\n"), stop, "it answered three runs");
        awaitNoDaemon();
        assertEquals(new Run(0, "agentlint: no daemon is running for this build and Java\n"),
                launch(REPO, Map.of("AGENTLINT_DAEMON", "stop"), List.of()));
    }

    @Test
    void aDaemonThatDiedIsReplacedAndTheRunThatFindsItGoesOnWithoutIt() throws Exception {
        Run plain = launch(REPO, Map.of(), CHECK);
        launch(REPO, daemon(), CHECK);
        Path stateFile = awaitDaemon();
        String before = Files.readString(stateFile);
        ProcessHandle killed = ProcessHandle.of(pidOf(stateFile)).orElseThrow();
        killed.destroyForcibly();
        killed.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertEquals(plain, launch(REPO, daemon(), CHECK), "the run that finds a dead daemon");
        Instant deadline = Instant.now().plus(WAIT);
        while (!Files.exists(stateFile) || Files.readString(stateFile).equals(before)) {
            assertTrue(Instant.now().isBefore(deadline), "no new daemon");
            Thread.sleep(100);
        }
        assertEquals(plain, launch(REPO, daemon(), CHECK), "a run the new daemon answers");
        assertEquals(new Run(0, "agentlint: the daemon stopped after 1 run\n"),
                launch(REPO, Map.of("AGENTLINT_DAEMON", "stop"), List.of()));
    }

    /** A refused client has printed nothing and says so, however much of its request was left to write. */
    @Test
    void aClientThatTheDaemonRefusesLeavesTheRunToTheLauncher() throws Exception {
        launch(REPO, daemon(), CHECK);
        Path stateFile = awaitDaemon();
        List<String> command = new ArrayList<>(List.of("bash", REPO.resolve("bin/daemon-client").toString(),
                stateFile.toString(), "/another/jdk", "run", "check"));
        for (int i = 0; i < 200; i++) {
            command.add("x".repeat(5_000) + i + ".md");
        }
        Process client = new ProcessBuilder(command).redirectErrorStream(true).start();
        client.getOutputStream().close();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(client.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(new Run(75, ""), new Run(client.exitValue(), output));
        assertEquals(launch(REPO, Map.of(), CHECK), launch(REPO, daemon(), CHECK), "the daemon still answers");
    }

    @Test
    void aDaemonEndedByASignalLeavesNoStateBehind() throws Exception {
        launch(REPO, daemon(), CHECK);
        ProcessHandle daemon = ProcessHandle.of(pidOf(awaitDaemon())).orElseThrow();
        daemon.destroy();
        daemon.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertEquals(List.of(), daemonFiles(), "neither its state nor its lock");
    }

    /** A run that fills the daemon's heap is run again by the launcher, as it would be without the daemon. */
    @Test
    void aRunThatRunsOutOfMemoryInTheDaemonRunsByItselfAndThatDaemonStops() throws Exception {
        Path agents = Files.createDirectories(work.resolve("repo/.claude/agents"));
        String sentence = "- Never modify files outside `src/`, and always write the report to `docs/report.md`.\n";
        Files.writeString(agents.resolve("huge.md"), "---\nname: huge\ndescription: Writes reports.\n---\n"
                + sentence.repeat(120_000), StandardCharsets.UTF_8);
        Map<String, String> smallHeap = Map.of("AGENTLINT_JAVA_OPTS", "-Xmx24m");
        Map<String, String> smallDaemon = Map.of("AGENTLINT_JAVA_OPTS", "-Xmx24m", "AGENTLINT_DAEMON", "1");
        launch(REPO, smallDaemon, CHECK);
        ProcessHandle daemon = ProcessHandle.of(pidOf(awaitDaemon())).orElseThrow();

        List<String> huge = List.of("--max-file-size", "50M", "--no-color", ".claude/agents/huge.md");
        Run alone = launch(work.resolve("repo"), smallHeap, huge);
        assertEquals(3, alone.exit(), alone::output);
        assertTrue(alone.output().contains("agentlint: out of memory"), alone::output);
        assertEquals(alone, launch(work.resolve("repo"), smallDaemon, huge));
        // the launcher starts a new daemon as it runs agentlint by itself
        daemon.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotEquals(daemon.pid(), pidOf(awaitDaemon()), "a new daemon, which the test then stops");
    }

    /**
     * Ctrl-C ends the client; its run ends without writing the result cache, and the daemon answers the next run. The
     * stop waits for every run to end, so the cache would be there had the run gone on.
     */
    @Test
    void aClientEndedBeforeItsAnswerEndsItsRunAndTheDaemonStays() throws Exception {
        Path agents = Files.createDirectories(work.resolve("repo/.claude/agents"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(agents.resolve("reviewer-" + i + ".md"), "---\nname: reviewer-" + i
                    + "\ndescription: Reviews diffs for missing tests\n---\n"
                    + "Never approve a change without tests; always name the file that lacks them.\n".repeat(30));
        }
        Run plain = launch(REPO, daemon(), CHECK);
        ProcessHandle daemon = ProcessHandle.of(pidOf(awaitDaemon())).orElseThrow();
        Path results = work.resolve("results");
        Process run = launcher(REPO.resolve("bin/agentlint"), work.resolve("repo"), daemon(),
                List.of("--cache-location", results.toString(), ".")).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        ProcessHandle client = awaitClient(run);
        Thread.sleep(500);
        client.destroy();
        assertTrue(run.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(128 + 15, run.exitValue(), "the launcher exits as its client did");

        assertEquals(plain, launch(REPO, daemon(), CHECK), "the next run");
        Run stop = launch(REPO, Map.of("AGENTLINT_DAEMON", "stop"), List.of());
        assertEquals(new Run(0, "agentlint: the daemon stopped after 2 runs\n"), stop, "one daemon answered both");
        daemon.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertFalse(Files.exists(results), "the abandoned run's result cache");
        assertEquals(List.of(), daemonFiles(), "neither its state nor its lock");
    }

    /**
     * The daemon sends a run's output as the run writes it: one that dies part way leaves the client with part of
     * it, which says so and exits 3, rather than let the launcher run agentlint again and print it twice.
     */
    @Test
    void aDaemonThatDiesWhileItSendsTheOutputEndsTheRunWithAnError() throws Exception {
        Path agents = Files.createDirectories(work.resolve("repo/.claude/agents"));
        String unknownTools = String.join(", ", Stream.iterate(1, i -> i + 1).limit(20).map(i -> "Tool" + i).toList());
        for (int i = 0; i < 2000; i++) {
            Files.writeString(agents.resolve("tester-" + i + ".md"), "---\nname: tester-" + i
                    + "\ndescription: Runs the tests of module " + i + "\ntools: " + unknownTools + "\n---\n"
                    + "Run the tests and list the failures.\n");
        }
        launch(REPO, daemon(), CHECK);
        ProcessHandle daemon = ProcessHandle.of(pidOf(awaitDaemon())).orElseThrow();
        Process run = launcher(REPO.resolve("bin/agentlint"), work.resolve("repo"), daemon(), List.of(".")).start();
        run.getOutputStream().close();
        byte[] begun = run.getInputStream().readNBytes(1000);
        assertEquals(1000, begun.length, "the output began");
        // the report is far larger than what the pipe and the connection hold, so the daemon is still sending it
        daemon.destroyForcibly();
        daemon.onExit().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        String rest = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(3, run.exitValue(), rest::toString);
        assertTrue(rest.endsWith("agentlint: the daemon ended during the run; run agentlint again\n"), rest);
        assertFalse(rest.contains("files checked"), "the run was not run again");
    }

    private static ProcessHandle awaitClient(Process launcher) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<ProcessHandle> client = launcher.descendants()
                    .filter(p -> p.info().commandLine().orElse("").contains("daemon-client")).findFirst();
            if (client.isPresent()) {
                return client.get();
            }
            Thread.sleep(20);
        }
        return fail("the launcher started no client");
    }

    /** The daemon to stop is the one of the jar as it is: a checkout with newer sources is not built first. */
    @Test
    void stoppingBuildsNothingWhenTheSourcesAreNewerThanTheJar() throws Exception {
        Path checkout = work.resolve("checkout");
        List<String> files = List.of("bin/agentlint", "bin/daemon-client", "target/agentlint.jar", "target/agentlint.id");
        for (String file : files) {
            Files.createDirectories(checkout.resolve(file).getParent());
            Files.copy(REPO.resolve(file), checkout.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.setLastModifiedTime(checkout.resolve("target/agentlint.jar"), FileTime.from(Instant.EPOCH));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        Run stop = launch(checkout.resolve("bin/agentlint"), REPO, Map.of("AGENTLINT_DAEMON", "stop"), List.of());
        assertEquals(new Run(0, "agentlint: no daemon is running for this build and Java\n"), stop);
    }

    private static Map<String, String> daemon() {
        return Map.of("AGENTLINT_DAEMON", "1");
    }

    /** Runs the launcher without the class cache, whose training would only slow the test down. */
    private Run launch(Path directory, Map<String, String> variables, List<String> args) throws Exception {
        return launch(REPO.resolve("bin/agentlint"), directory, variables, args);
    }

    private Run launch(Path launcher, Path directory, Map<String, String> variables, List<String> args)
            throws Exception {
        Path log = Files.createTempFile(work, "run", ".log");
        Process process = launcher(launcher, directory, variables, args).redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("bin/agentlint did not finish in " + WAIT);
        }
        // the report's time, and the JVM's uptime in its warnings about the options
        String output = Files.readString(log, StandardCharsets.UTF_8).replaceAll("\\(\\d+\\.\\d+s\\)", "(TIME)")
                .replaceAll("(?m)^\\[\\d+\\.\\d+s\\]", "[TIME]");
        return new Run(process.exitValue(), output);
    }

    private ProcessBuilder launcher(Path launcher, Path directory, Map<String, String> variables, List<String> args) {
        List<String> command = Stream.concat(Stream.of("sh", launcher.toString()), args.stream()).toList();
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        builder.environment().put("HOME", work.toString());
        builder.environment().put("AGENTLINT_NO_CACHE", "1");
        builder.environment().remove("AGENTLINT_DAEMON");
        builder.environment().remove("AGENTLINT_JAVA_OPTS");
        builder.environment().putAll(variables);
        return builder;
    }

    private Path awaitDaemon() throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (states().isEmpty()) {
            assertTrue(Instant.now().isBefore(deadline), "no daemon started");
            Thread.sleep(100);
        }
        List<Path> states = states();
        assertEquals(1, states.size(), states::toString);
        return states.get(0);
    }

    private void awaitNoDaemon() throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        while (!states().isEmpty()) {
            assertTrue(Instant.now().isBefore(deadline), "the daemon left its state");
            Thread.sleep(100);
        }
    }

    private List<Path> states() throws IOException {
        return cacheFiles("daemon-[0-9]+-java[0-9]+");
    }

    /** The daemons' state files and their lock files. */
    private List<Path> daemonFiles() throws IOException {
        return cacheFiles("daemon-.*");
    }

    private List<Path> cacheFiles(String names) throws IOException {
        Path caches = work.resolve("cache/agentlint");
        if (!Files.isDirectory(caches)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(caches)) {
            return files.filter(f -> f.getFileName().toString().matches(names)).sorted().toList();
        }
    }

    /** The daemon's process id, the last word of its state file. */
    private static long pidOf(Path stateFile) throws IOException {
        String[] words = Files.readString(stateFile, StandardCharsets.US_ASCII).strip().split(" ");
        return Long.parseLong(words[2]);
    }
}
