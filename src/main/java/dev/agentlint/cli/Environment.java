package dev.agentlint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** What a run gets from its process: working directory, streams, environment variables, terminal or not. */
public record Environment(Path cwd, PrintWriter out, PrintWriter err, Map<String, String> variables,
        boolean terminal) {

    public static Environment system() {
        return new Environment(Path.of("").toAbsolutePath(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), System.getenv(), System.console() != null);
    }

    Path resolve(Path path) {
        return cwd.resolve(path).normalize();
    }
}
