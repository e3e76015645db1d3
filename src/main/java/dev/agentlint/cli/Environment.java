package dev.agentlint.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * What a run gets from its process: working directory, streams, environment variables, terminal or not, how files
 * are read, and whether anyone still waits for the run. Standard output is UTF-8, as bytes for a report made as bytes
 * and as text for the rest.
 */
public final class Environment {

    /** Reads the start of a file: at most {@code limit} bytes. */
    @FunctionalInterface
    public interface FileReader {
        byte[] read(Path file, int limit) throws IOException;
    }

    private final Path cwd;
    private final OutputStream outBytes;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> variables;
    private final boolean terminal;
    private final FileReader files;
    private final BooleanSupplier abandoned;

    /**
     * @param abandoned whether the run's client has left (a daemon's run whose client was ended): from then on no
     *     file is read, so that the run soon ends, and {@link #stopIfAbandoned} stops it before it writes a file
     */
    public Environment(Path cwd, OutputStream out, PrintWriter err, Map<String, String> variables, boolean terminal,
            FileReader files, BooleanSupplier abandoned) {
        this.cwd = cwd;
        this.outBytes = out;
        this.out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)), false);
        this.err = err;
        this.variables = variables;
        this.terminal = terminal;
        this.files = (file, limit) -> {
            if (abandoned.getAsBoolean()) {
                throw new IOException("the run was abandoned");
            }
            return files.read(file, limit);
        };
        this.abandoned = abandoned;
    }

    public Environment(Path cwd, OutputStream out, PrintWriter err, Map<String, String> variables, boolean terminal,
            FileReader files) {
        this(cwd, out, err, variables, terminal, files, () -> false);
    }

    public Environment(Path cwd, OutputStream out, PrintWriter err, Map<String, String> variables, boolean terminal) {
        this(cwd, out, err, variables, terminal, Environment::readFile);
    }

    /**
     * The process's own. Standard output is flushed when a report is written and before the process exits, not on
     * every line: a report of 20,000 files has hundreds of thousands of lines. Like {@code System.out}, it never
     * throws: output that cannot be written (a closed pipe) is dropped.
     */
    public static Environment system() {
        OutputStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false);
        return new Environment(Path.of("").toAbsolutePath(), out, new PrintWriter(System.err, true), System.getenv(),
                System.console() != null);
    }

    public Path cwd() {
        return cwd;
    }

    /** Standard output as text. */
    public PrintWriter out() {
        return out;
    }

    /** Standard output as bytes: what {@link #out()} holds must be flushed before anything is written here. */
    public OutputStream outBytes() {
        return outBytes;
    }

    public PrintWriter err() {
        return err;
    }

    public Map<String, String> variables() {
        return variables;
    }

    public boolean terminal() {
        return terminal;
    }

    public FileReader files() {
        return files;
    }

    /**
     * Ends an abandoned run where it would write a file that outlives it (a report, a baseline, the result cache):
     * a run started after it may have written that file already.
     */
    void stopIfAbandoned() {
        if (abandoned.getAsBoolean()) {
            throw new CancellationException("the run was abandoned");
        }
    }

    Path resolve(Path path) {
        return cwd.resolve(path).normalize();
    }

    static byte[] readFile(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }
}
