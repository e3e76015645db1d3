package dev.agentlint.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs agentlint in this process and keeps what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun in(Path cwd, String... args) {
        return in(cwd, Map.of(), args);
    }

    static CliRun in(Path cwd, Map<String, String> variables, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new Environment(cwd, out, new PrintWriter(err), variables, false));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    /** Runs agentlint with files read by {@code files}, to see what it does with files that fail to read. */
    static CliRun reading(Environment.FileReader files, Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new Environment(cwd, out, new PrintWriter(err), Map.of(), false, files));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }
}
