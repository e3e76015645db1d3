package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon, driven over its socket as the launcher's client drives it. */
class DaemonTest {

    private static final String JDK = "/opt/jdk JAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TYPO = """
            ---
            name: test-runner
            description: Runs the tests for the changed files
            tools: Read, Reed
            ---
            Run the tests and report failures.
            """;
    private static final String REVIEWER = """
            ---
            name: code-reviewer
            description: Reviews diffs for missing tests
            tools: Read, Grep
            ---
            Review the diff and list each behaviour change without a test.
            """;

    @TempDir
    Path repo;
    @TempDir
    Path cache;

    private Path stateFile;
    private CompletableFuture<Void> daemon;
    /**
     * The daemon and the clients that wait for it block: on the common pool, which has one thread on two cores,
     * they would wait for each other.
     */
    private final ExecutorService threads = Executors.newCachedThreadPool();
    /** The full collections the daemon made when idle. */
    private final AtomicInteger collections = new AtomicInteger();

    /** What the state file says: where the daemon listens and the token it asks for. */
    private record State(int port, String token, long pid) {
    }

    @BeforeEach
    void writeRepository() throws IOException {
        write(".claude/agents/test-runner.md", TYPO);
        write(".claude/agents/code-reviewer.md", REVIEWER);
        stateFile = cache.resolve("daemon-20261207010807788-java25");
    }

    @AfterEach
    void stopDaemon() throws Exception {
        if (daemon != null && !daemon.isDone()) {
            ask(request(state(), JDK, "stop"));
            daemon.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        threads.shutdownNow();
    }

    @Test
    void answersARunAsTheSameRunInItsOwnProcessWould() throws Exception {
        State state = start(Duration.ofMinutes(5));
        List<List<String>> commands = List.of(
                List.of("--format", "json", "."),
                List.of("--no-color", ".claude/agents/test-runner.md"),
                List.of("--format", "sarif", "--fail-on", "never", "."),
                List.of("missing.md"),
                List.of("--frobnicate"),
                List.of("rules"));
        for (List<String> args : commands) {
            CliRun alone = CliRun.in(repo, Map.of("NO_COLOR", "1"), args.toArray(String[]::new));
            Answer answer = ask(run(state, Map.of("NO_COLOR", "1"), false, args));
            assertEquals(alone.exitCode(), answer.code(), () -> "exit code of " + args);
            assertEquals(withoutTime(alone.out()), withoutTime(answer.out()), () -> "output of " + args);
            assertEquals(alone.err(), answer.err(), () -> "errors of " + args);
        }
    }

    /** A report larger than the daemon holds goes to the client as the run writes it, a small one when it ends. */
    @Test
    void aLargeReportIsSentAsTheRunWritesItAndASmallOneWhole() throws Exception {
        for (int i = 0; i < 600; i++) {
            write(".claude/agents/runner-" + i + ".md", TYPO.replace("test-runner", "runner-" + i));
        }
        State state = start(Duration.ofMinutes(5));
        List<String> args = List.of("--no-color", ".");
        CliRun alone = CliRun.in(repo, args.toArray(String[]::new));
        assertTrue(alone.out().length() > 1 << 16, () -> "more than the daemon holds: " + alone.out().length());
        assertTrue(streamed(run(state, Map.of(), false, args)));
        Answer answer = ask(run(state, Map.of(), false, args));
        assertEquals(alone.exitCode(), answer.code());
        assertEquals(withoutTime(alone.out()), withoutTime(answer.out()));
        assertEquals(alone.err(), answer.err());
        assertFalse(streamed(run(state, Map.of(), false, List.of(".claude/agents/test-runner.md"))));
    }

    @Test
    void aRunWhoseReportIsStreamedIsCollectedOnceWhenTheDaemonFallsIdle() throws Exception {
        for (int i = 0; i < 600; i++) {
            write(".claude/agents/runner-" + i + ".md", TYPO.replace("test-runner", "runner-" + i));
        }
        State state = start(Duration.ofMinutes(5));
        // a report this long is streamed, and the client then asks for the exit code on a second connection, a
        // moment after the first one ended, as the launcher's client does
        Answer answer = ask(run(state, Map.of(), false, List.of("--no-color", ".")), Duration.ofMillis(200));
        assertTrue(answer.out().length() > 1 << 16);
        Instant deadline = Instant.now().plus(WAIT);
        while (collections.get() == 0) {
            assertTrue(Instant.now().isBefore(deadline), "no collection when idle");
            Thread.sleep(50);
        }
        // what a second collection would have been scheduled by comes within the same moment
        Thread.sleep(1_000);
        assertEquals(1, collections.get());
    }

    @Test
    void colorsFollowTheClientsTerminalAndNoColor() throws Exception {
        State state = start(Duration.ofMinutes(5));
        List<String> args = List.of(".");
        assertTrue(ask(run(state, Map.of(), true, args)).out().contains("\u001b["), "a terminal gets colors");
        assertFalse(ask(run(state, Map.of(), false, args)).out().contains("\u001b["), "a pipe does not");
        assertFalse(ask(run(state, Map.of("NO_COLOR", "1"), true, args)).out().contains("\u001b["),
                "NO_COLOR turns them off");
    }

    @Test
    void runsAtTheSameTimeGetTheirOwnAnswers() throws Exception {
        State state = start(Duration.ofMinutes(5));
        List<List<String>> commands = new ArrayList<>();
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            List<String> args = i % 2 == 0 ? List.of("--format", "json", ".") : List.of("missing-" + i + ".md");
            commands.add(args);
            answers.add(CompletableFuture.supplyAsync(() -> askUnchecked(run(state, Map.of(), false, args)), threads));
        }
        for (int i = 0; i < answers.size(); i++) {
            CliRun alone = CliRun.in(repo, commands.get(i).toArray(String[]::new));
            Answer answer = answers.get(i).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(new Answer(alone.exitCode(), alone.out(), alone.err()), answer, commands.get(i)::toString);
        }
    }

    @Test
    void aClientWithoutTheTokenOrOnAnotherJdkGetsNoAnswerAndTheNextOneDoes() throws Exception {
        State state = start(Duration.ofMinutes(5));
        State forged = new State(state.port(), "0".repeat(state.token().length()), state.pid());
        State endless = new State(state.port(), "f".repeat(100_000), state.pid());
        assertEquals(Answer.NONE, ask(run(forged, Map.of(), false, List.of("rules"))));
        assertEquals(Answer.NONE, ask(run(endless, Map.of(), false, List.of("rules"))));
        assertEquals(Answer.NONE, ask(request(state, "/opt/jdk-17", "run")));
        assertTrue(answersNothing("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII), state.port()));
        assertEquals(0, ask(run(state, Map.of(), false, List.of("rules"))).code());
    }

    @Test
    void stopsWhenAskedAndLeavesNoStateBehind() throws Exception {
        State state = start(Duration.ofMinutes(5));
        ask(run(state, Map.of(), false, List.of("rules")));
        Answer answer = ask(request(state, JDK, "stop"));
        assertEquals(new Answer(0, "", "agentlint: the daemon stopped after 1 run\n"), answer);
        daemon.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertFalse(Files.exists(stateFile), "state file");
        assertFalse(Files.exists(stateFile.resolveSibling(stateFile.getFileName() + ".lock")), "lock file");
    }

    @Test
    void exitsByItselfWhenNoRunComes() throws Exception {
        start(Duration.ofSeconds(1));
        daemon.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertFalse(Files.exists(stateFile));
    }

    @Test
    void aSecondDaemonForTheSameStateLeavesTheFirstInPlace() throws Exception {
        State first = start(Duration.ofMinutes(5));
        Daemon.serveAlone(stateFile, JDK, Duration.ofMinutes(5), Optional.empty(), Duration.ofMinutes(1),
                collections::incrementAndGet);
        assertEquals(first, state());
        assertEquals(0, ask(run(first, Map.of(), false, List.of("rules"))).code());
    }

    @Test
    void onlyTheUserCanReadTheToken() throws Exception {
        start(Duration.ofMinutes(5));
        assumeTrue(Files.getFileAttributeView(stateFile, PosixFileAttributeView.class) != null);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(stateFile));
    }

    @Test
    void aNewDaemonGetsANewToken() throws Exception {
        State first = start(Duration.ofMinutes(5));
        ask(request(first, JDK, "stop"));
        daemon.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        State second = start(Duration.ofMinutes(5));
        assertNotEquals(first.token(), second.token());
    }

    @Test
    void exitsWhenItsCheckoutIsBuiltAgainAndNotBefore() throws Exception {
        Path idFile = Files.createDirectories(repo.resolve("target")).resolve("agentlint.id");
        Files.writeString(idFile, "20261207010807788\n");
        DaemonCheckout checkout = new DaemonCheckout(repo, "20261207010807788");
        State state = start(Duration.ofMinutes(5), Optional.of(checkout), Duration.ofMillis(50));
        Thread.sleep(500);
        assertEquals(0, ask(run(state, Map.of(), false, List.of("rules"))).code(), "still there after ten checks");
        Files.writeString(idFile, "20261207011532108\n");
        daemon.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertFalse(Files.exists(stateFile));
    }

    /**
     * Ctrl-C ends a client; its run writes neither its report nor the result cache, which a run started after it may
     * have written, while the daemon goes on answering. A stop waits for every run to end, so the files would be
     * there had the run gone on.
     */
    @Test
    void aRunWhoseClientLeavesWritesNothingAndTheDaemonAnswersTheNextRun() throws Exception {
        for (int i = 0; i < 400; i++) {
            write(".claude/agents/reviewer-" + i + ".md", REVIEWER.replace("code-reviewer", "reviewer-" + i)
                    + "Never approve a change without tests; always say which file lacks them.\n".repeat(20));
        }
        State state = start(Duration.ofMinutes(5));
        Path report = cache.resolve("report.json");
        Path results = cache.resolve("results");
        List<String> abandoned = List.of("--format", "json", "--output", report.toString(), "--cache-location",
                results.toString(), ".");
        try (Socket leaving = new Socket(InetAddress.getLoopbackAddress(), state.port())) {
            leaving.getOutputStream().write(run(state, Map.of(), false, abandoned).bytes());
        }
        List<String> next = List.of("--format", "json", ".claude/agents/test-runner.md");
        CliRun alone = CliRun.in(repo, next.toArray(String[]::new));
        assertEquals(new Answer(alone.exitCode(), alone.out(), alone.err()), ask(run(state, Map.of(), false, next)));

        assertEquals(new Answer(0, "", "agentlint: the daemon stopped after 2 runs\n"),
                ask(request(state, JDK, "stop")));
        daemon.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertFalse(Files.exists(report), "the abandoned run's report");
        assertFalse(Files.exists(results), "the abandoned run's result cache");
    }

    private State start(Duration idle) throws Exception {
        return start(idle, Optional.empty(), Duration.ofMinutes(1));
    }

    private State start(Duration idle, Optional<DaemonCheckout> checkout, Duration checkEvery) throws Exception {
        daemon = CompletableFuture.runAsync(() -> {
            try {
                Daemon.serveAlone(stateFile, JDK, idle, checkout, checkEvery, collections::incrementAndGet);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, threads);
        Instant deadline = Instant.now().plus(WAIT);
        while (!Files.exists(stateFile)) {
            assertTrue(Instant.now().isBefore(deadline), "the daemon wrote no state file");
            Thread.sleep(20);
        }
        return state();
    }

    private State state() throws IOException {
        String[] words = Files.readString(stateFile, StandardCharsets.US_ASCII).strip().split(" ");
        return new State(Integer.parseInt(words[0]), words[1], Long.parseLong(words[2]));
    }

    private Path write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The text report ends with how long the run took, which two runs need not share. */
    private static String withoutTime(String out) {
        return out.replaceAll("\\(\\d+\\.\\d+s\\)", "(time)");
    }

    private Request run(State state, Map<String, String> variables, boolean terminal, List<String> args) {
        List<String> fields = new ArrayList<>(List.of(DaemonRequest.PROTOCOL, state.token(), JDK, "run",
                repo.toString(), terminal ? "1" : "0"));
        variables.forEach((name, value) -> fields.add(name + "=" + value));
        fields.add("");
        fields.add(String.valueOf(args.size()));
        fields.addAll(args);
        return new Request(state.port(), fields);
    }

    private static Request request(State state, String jdk, String command) {
        return new Request(state.port(), List.of(DaemonRequest.PROTOCOL, state.token(), jdk, command));
    }

    private record Request(int port, List<String> fields) {
        String command() {
            return fields.get(3);
        }

        byte[] bytes() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (String field : fields) {
                bytes.writeBytes(field.getBytes(StandardCharsets.UTF_8));
                bytes.write(0);
            }
            return bytes.toByteArray();
        }
    }

    /** What the daemon answered; {@link #NONE} when it closed the connection without a word. */
    private record Answer(int code, String out, String err) {
        static final Answer NONE = new Answer(-1, "", "");
    }

    private static Answer askUnchecked(Request request) {
        try {
            return ask(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asks as the launcher's client does. A stop, and a run with a small output, are answered whole: the exit code,
     * standard error and output. A larger output comes as the run writes it, after the run's result key and the
     * standard error written before it, up to the end of the connection; asked with the key on a second connection,
     * the result is the exit code and the rest of standard error.
     */
    private static Answer ask(Request request) throws IOException {
        return ask(request, Duration.ZERO);
    }

    /** Asks as {@link #ask(Request)} does, waiting a while before it asks for a streamed run's result. */
    private static Answer ask(Request request, Duration beforeResult) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), request.port())) {
            socket.setSoTimeout(Math.toIntExact(WAIT.toMillis()));
            InputStream in = send(socket, request.bytes());
            Part first = part(in);
            if (first == null) {
                return Answer.NONE;
            }
            if (!first.streamed()) {
                String output = new String(in.readNBytes(first.outputBytes()), StandardCharsets.UTF_8);
                assertEquals(-1, in.read(), "nothing after the answer");
                return new Answer(Integer.parseInt(first.word()), output, first.errors());
            }
            String output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            pause(beforeResult);
            Request forResult = new Request(request.port(), List.of(DaemonRequest.PROTOCOL, request.fields().get(1),
                    request.fields().get(2), "result", first.word()));
            Answer result = ask(forResult);
            return new Answer(result.code(), output, first.errors() + result.err());
        } catch (SocketException e) {
            return Answer.NONE;
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the daemon sends the run's output as the run writes it, rather than whole when the run ends. */
    private static boolean streamed(Request request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), request.port())) {
            socket.setSoTimeout(Math.toIntExact(WAIT.toMillis()));
            Part first = part(send(socket, request.bytes()));
            assertTrue(first != null, "an answer");
            return first.streamed();
        }
    }

    /** Sends bytes that are not a request: the daemon closes the connection without a word. */
    private static boolean answersNothing(byte[] request, int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(Math.toIntExact(WAIT.toMillis()));
            return send(socket, request).read() < 0;
        } catch (SocketException e) {
            return true;
        }
    }

    private static InputStream send(Socket socket, byte[] request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request);
        out.flush();
        return socket.getInputStream();
    }

    /**
     * The start of an answer: an exit code, or the key of a run's result when its output is sent as it comes, then
     * standard error; and how many bytes of output follow in a whole answer.
     */
    private record Part(String word, String errors, int outputBytes) {
        boolean streamed() {
            return word.startsWith("s");
        }
    }

    /**
     * A line of a word and byte lengths, then as many bytes of standard error as the first says; null when the
     * connection closed first, or the line is not one (it tells a run that ran out of memory to run by itself).
     */
    private static Part part(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return null;
            }
            line.write(b);
        }
        String[] words = line.toString(StandardCharsets.US_ASCII).split(" ");
        if (words.length < 2) {
            return null;
        }
        String errors = new String(in.readNBytes(Integer.parseInt(words[1])), StandardCharsets.UTF_8);
        return new Part(words[0], errors, words.length == 3 ? Integer.parseInt(words[2]) : 0);
    }
}
