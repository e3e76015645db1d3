package dev.agentlint.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A resident agentlint that the launcher hands runs to (with {@code AGENTLINT_DAEMON=1}), so that a run costs what
 * linting costs and not a JVM's start. It listens on the loopback interface and serves only clients that send the
 * token of its state file, which only the user can read; one daemon serves one build on one JDK, and it
 * exits when no run came for a while, when asked to stop, or when its checkout is built again.
 *
 * <p>The state file holds the port, the token and the process id on one line. A run whose output is small is
 * answered when it ends: a line with the exit code and the byte lengths of standard error and standard output,
 * then those bytes in that order. A larger output is sent as the run writes it (see {@link ClientOutput}): a line
 * with the key of the run's result and the byte length of the standard error written until then, those bytes, and
 * the output up to the end of the connection; asked with that key on a connection of its own, the result is a line
 * with the exit code and the byte length of the rest of standard error, and those bytes. A run that runs out of
 * memory before any output is sent is answered instead with a line that tells the client to run agentlint by
 * itself. A stop is answered as a result is.
 */
public final class Daemon {

    /** How long a client may take to send its request once connected. */
    private static final int REQUEST_TIMEOUT_MILLIS = 30_000;
    /** How long after the last run the daemon collects its garbage, unless another run came. */
    private static final Duration COLLECTION_DELAY = Duration.ofSeconds(2);
    /** Lints of the warm-up: the first run after three took about as long as later ones. */
    private static final int WARM_UP_PASSES = 3;
    /** A stop lets the runs it meets finish first; one that takes longer than this is cut off. */
    private static final Duration LAST_RUNS = Duration.ofMinutes(10);

    /**
     * The old generation's size at which the daemon collects its garbage while it runs: a little above what a run
     * over 20,000 agents keeps until it compares them (about 100 MB), so that smaller runs leave it to the
     * collection after them.
     */
    private static final long OLD_GENERATION_BOUND = 128L << 20;

    /** How often a daemon started from a checkout looks whether it was built again. */
    private static final Duration REBUILD_CHECK = Duration.ofMinutes(1);

    /** How long a run's result waits for its client to ask for it once the run's output is sent. */
    private static final Duration RESULT_WAIT = Duration.ofMinutes(1);

    /** Sent instead of an answer when a run ran out of memory: the client then runs agentlint by itself. */
    private static final byte[] RUN_ALONE = "run-alone\n".getBytes(StandardCharsets.US_ASCII);

    private final Path stateFile;
    private final String jdk;
    private final Duration idle;
    private final Optional<DaemonCheckout> checkout;
    private final Duration checkEvery;
    private final String token = newToken();
    private final Services services = new Services();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicLong runs = new AtomicLong();
    /** Requests handled so far, of any kind: the collection when idle waits for a moment without one. */
    private final AtomicLong requests = new AtomicLong();
    private final Runnable collectGarbage;
    /** The exit code and the rest of standard error of runs whose output is sent, by key, until asked for. */
    private final Map<String, Result> results = new ConcurrentHashMap<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool(task -> daemonThread(task, "run"));
    private final ScheduledExecutorService collector =
            Executors.newSingleThreadScheduledExecutor(task -> daemonThread(task, "collector"));
    private volatile ServerSocket server;
    private volatile boolean stopping;
    /** When a run last came or ended, for the idle time. */
    private volatile long lastActive = System.nanoTime();

    Daemon(Path stateFile, String jdk, Duration idle, Optional<DaemonCheckout> checkout, Duration checkEvery,
            Runnable collectGarbage) {
        this.stateFile = stateFile;
        this.jdk = jdk;
        this.idle = idle;
        this.checkout = checkout;
        this.checkEvery = checkEvery;
        this.collectGarbage = collectGarbage;
    }

    /**
     * Arguments: the state file, what identifies the JDK (as clients send it), how many seconds of idleness end it,
     * and optionally the checkout it was started from (whose examples and fixtures it warms up on, and whose next
     * build ends it) and the id of that build.
     */
    public static void main(String[] args) {
        if (args.length != 3 && args.length != 5 || !args[2].matches("[1-9][0-9]{0,6}")) {
            System.err.println("usage: Daemon STATE-FILE JDK IDLE-SECONDS [CHECKOUT BUILD-ID]");
            System.exit(ExitCodes.USAGE);
        }
        Optional<DaemonCheckout> checkout = args.length == 5
                ? Optional.of(new DaemonCheckout(Path.of(args[3]), args[4])) : Optional.empty();
        HeapBound.install(OLD_GENERATION_BOUND);
        try {
            serveAlone(Path.of(args[0]), args[1], Duration.ofSeconds(Integer.parseInt(args[2])), checkout,
                    REBUILD_CHECK, System::gc);
        } catch (IOException | RuntimeException e) {
            System.err.println("agentlint daemon: " + e.getMessage());
            System.exit(ExitCodes.INTERNAL);
        }
        System.exit(ExitCodes.OK);
    }

    /**
     * Serves until idle or stopped, unless another daemon already serves this state file: two launchers that find
     * no daemon at the same moment both start one, and the second one leaves at once.
     */
    static void serveAlone(Path stateFile, String jdk, Duration idle, Optional<DaemonCheckout> checkout,
            Duration checkEvery, Runnable collectGarbage) throws IOException {
        Path lockFile = lockFile(stateFile);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel)) {
            if (lock != null) {
                try {
                    new Daemon(stateFile, jdk, idle, checkout, checkEvery, collectGarbage).serve();
                } finally {
                    Files.deleteIfExists(lockFile);
                }
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    void serve() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(Math.toIntExact(Math.min(idle.toMillis(), checkEvery.toMillis())));
            server = socket;
            String state = socket.getLocalPort() + " " + token + " " + ProcessHandle.current().pid() + "\n";
            writeState(state);
            // a daemon ended by a signal (kill, a logout) leaves no state behind either
            Thread cleanUp = new Thread(() -> deleteStateQuietly(state), "agentlint-daemon-exit");
            Runtime.getRuntime().addShutdownHook(cleanUp);
            try {
                warmUpInBackground();
                acceptUntilIdleOrStopped(socket);
            } finally {
                deleteState(state);
                finishRuns();
                removeShutdownHook(cleanUp);
            }
        }
    }

    private void acceptUntilIdleOrStopped(ServerSocket socket) throws IOException {
        while (!stopping) {
            try {
                Socket client = socket.accept();
                active.incrementAndGet();
                lastActive = System.nanoTime();
                handlers.execute(() -> handle(client));
            } catch (SocketTimeoutException e) {
                if (checkout.isPresent() && checkout.get().rebuilt()
                        || active.get() == 0 && System.nanoTime() - lastActive >= idle.toNanos()) {
                    return;
                }
            } catch (SocketException e) {
                if (!stopping) {
                    throw e;
                }
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            client.setSoTimeout(REQUEST_TIMEOUT_MILLIS);
            DaemonRequest request = DaemonRequest.read(new BufferedInputStream(client.getInputStream()), token, jdk);
            client.setSoTimeout(0);
            switch (request.command()) {
                case STOP -> {
                    long answered = runs.get();
                    String message = "agentlint: the daemon stopped after " + answered
                            + (answered == 1 ? " run" : " runs") + "\n";
                    answer(client.getOutputStream(), new Result(ExitCodes.OK,
                            message.getBytes(StandardCharsets.UTF_8)));
                    stop();
                }
                case RESULT -> {
                    Result result = results.remove(request.key());
                    if (result != null) {
                        answer(client.getOutputStream(), result);
                    }
                }
                case RUN -> run(client, request);
            }
        } catch (IOException e) {
            // a client that went away, or one that is not agentlint's: there is no one to answer
        } finally {
            long handled = requests.incrementAndGet();
            lastActive = System.nanoTime();
            if (active.decrementAndGet() == 0) {
                collectWhenIdle(handled);
            }
        }
    }

    /**
     * The garbage of a large run would stay promoted, and resident, until a later run filled the old generation; a
     * full collection a moment after the last run gives it back, and waits for a pause so as not to hold up runs
     * that come one after the other (a hook run for each of a commit's hooks, a script). A run whose output was
     * streamed ends with a second request, for its exit code, after which it is collected once.
     *
     * @param handled the requests handled when the daemon fell idle
     */
    private void collectWhenIdle(long handled) {
        collector.schedule(() -> {
            if (active.get() == 0 && requests.get() == handled) {
                collectGarbage.run();
            }
        }, COLLECTION_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run(Socket client, DaemonRequest request) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        // a letter first, so that it is never taken for an exit code
        String key = "s" + newToken();
        Supplier<byte[]> errorsSoFar = () -> {
            errWriter.flush();
            return err.toByteArray();
        };
        ClientOutput out = new ClientOutput(client.getOutputStream(), key, errorsSoFar);
        AtomicBoolean answering = new AtomicBoolean();
        AtomicBoolean left = new AtomicBoolean();
        Environment environment = new Environment(Path.of(request.cwd()), out, errWriter, request.variables(),
                request.terminal(), Environment::readFile, left::get);
        runs.incrementAndGet();
        daemonThread(() -> watchForLeaving(client, answering, left), "watch").start();
        int code;
        boolean outOfMemory = false;
        try {
            code = Main.run(request.args().toArray(String[]::new), environment, services);
        } catch (OutOfMemoryError e) {
            outOfMemory = true;
            if (!out.sending()) {
                // a run in a JVM of its own may have the memory that this one's other runs took; nothing was printed
                // or written (reports, caches and baselines are written when a run ends), so it can start over there
                client.getOutputStream().write(RUN_ALONE);
                stop();
                return;
            }
            // part of its output is printed: it ends as a run of its own that ran out of memory would
            errWriter.println(Main.OUT_OF_MEMORY);
            code = ExitCodes.INTERNAL;
        } finally {
            answering.set(true);
        }
        try {
            if (!left.get()) {
                finishAnswer(out, key, code, errorsSoFar);
            }
        } finally {
            if (outOfMemory) {
                stop();
            }
        }
    }

    /** Ends a run's answer; if its output was sent as it came, keeps its exit code and the rest of standard error. */
    private void finishAnswer(ClientOutput out, String key, int code, Supplier<byte[]> errorsSoFar)
            throws IOException {
        int errorsSent = out.finish(code);
        if (errorsSent >= 0) {
            byte[] errors = errorsSoFar.get();
            keepResult(key, new Result(code, Arrays.copyOfRange(errors, errorsSent, errors.length)));
        }
    }

    /** An exit code and standard error, as a result or a stop is answered. */
    private record Result(int code, byte[] errors) {
    }

    /** Keeps a run's result for its client, which asks for it once it has read the output; not longer. */
    private void keepResult(String key, Result result) {
        results.put(key, result);
        collector.schedule(() -> results.remove(key), RESULT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Marks the run abandoned when its client goes away before the answer (Ctrl-C, a killed hook): the run then reads
     * no more files and writes none (see {@link Environment}), so it ends soon instead of going on for no one, and
     * never writes its report or cache after a run started after it. A client sends nothing after its request, so a
     * read ends only when it leaves.
     */
    private static void watchForLeaving(Socket client, AtomicBoolean answering, AtomicBoolean left) {
        try {
            if (client.getInputStream().read() < 0 && !answering.get()) {
                left.set(true);
            }
        } catch (IOException e) {
            // closed once answered
        }
    }

    /** A line with the exit code and the byte length of standard error, then its bytes. */
    private static void answer(OutputStream socket, Result result) throws IOException {
        OutputStream buffered = new BufferedOutputStream(socket, 1 << 16);
        buffered.write((result.code() + " " + result.errors().length + "\n").getBytes(StandardCharsets.US_ASCII));
        buffered.write(result.errors());
        buffered.flush();
    }

    private void stop() throws IOException {
        stopping = true;
        server.close();
    }

    /** The runs a stop or the idle time met end first; a daemon thread that would not end is left to the exit. */
    private void finishRuns() {
        handlers.shutdown();
        try {
            handlers.awaitTermination(LAST_RUNS.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemonThread(Runnable task, String name) {
        Thread thread = new Thread(task, "agentlint-daemon-" + name);
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Lints while no client has come yet, so that the first run finds its code compiled: the checkout's examples
     * and every rule's fixtures, as the launcher's class cache is trained on, or else the built-in agent.
     */
    private void warmUpInBackground() {
        Thread warmUp = new Thread(() -> {
            try {
                Optional<String[]> hookRun = checkout.isPresent() ? Training.hookRun(checkout.get().home())
                        : Optional.empty();
                for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
                    if (hookRun.isPresent()) {
                        Main.run(hookRun.get(), discarding(checkout.get().home()), services);
                    } else {
                        services.warmUp(false, true);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a run meets the same problem and reports it in its own words
            }
        }, "agentlint-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static Environment discarding(Path cwd) {
        return new Environment(cwd, OutputStream.nullOutputStream(), new PrintWriter(OutputStream.nullOutputStream()),
                Map.of(), false);
    }

    /** Written whole or not at all, readable by the user alone (a temporary file's permissions). */
    private void writeState(String state) throws IOException {
        Path temporary = Files.createTempFile(stateFile.toAbsolutePath().getParent(), ".daemon-", ".tmp");
        try {
            Files.writeString(temporary, state, StandardCharsets.US_ASCII);
            OutputFiles.moveIntoPlace(temporary, stateFile);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path lockFile(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".lock");
    }

    /** The state and the lock file, as {@link #serveAlone} deletes them when the daemon ends of itself. */
    private void deleteStateQuietly(String state) {
        try {
            deleteState(state);
            Files.deleteIfExists(lockFile(stateFile));
        } catch (IOException e) {
            // the JVM is exiting: a state file left behind is replaced by the next daemon
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already exiting: the hook runs and finds nothing to delete
        }
    }

    /** Only this daemon's state: a daemon started after it may have written its own. */
    private void deleteState(String state) throws IOException {
        try {
            if (Files.readString(stateFile, StandardCharsets.US_ASCII).equals(state)) {
                Files.delete(stateFile);
            }
        } catch (NoSuchFileException e) {
            // removed by hand: nothing to clean
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
