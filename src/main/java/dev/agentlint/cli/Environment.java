package dev.agentlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a run gets from its process: working directory, streams, environment variables, terminal or not, and how
 * files are read.
 */
public record Environment(Path cwd, PrintWriter out, PrintWriter err, Map<String, String> variables,
        boolean terminal, FileReader files) {

    /** Reads the start of a file: at most {@code limit} bytes. */
    @FunctionalInterface
    public interface FileReader {
        byte[] read(Path file, int limit) throws IOException;
    }

    public Environment(Path cwd, PrintWriter out, PrintWriter err, Map<String, String> variables, boolean terminal) {
        this(cwd, out, err, variables, terminal, Environment::readFile);
    }

    /**
     * The process's own. Standard output is flushed when a report is written and before the process exits, not on
     * every line: a report of 20,000 files has hundreds of thousands of lines.
     */
    public static Environment system() {
        return new Environment(Path.of("").toAbsolutePath(), new PrintWriter(System.out, false),
                new PrintWriter(System.err, true), System.getenv(), System.console() != null);
    }

    Path resolve(Path path) {
        return cwd.resolve(path).normalize();
    }

    private static byte[] readFile(Path file, int limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit);
        }
    }
}
