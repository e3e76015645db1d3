package dev.agentlint.cli;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client asks of the {@linkplain Daemon daemon}: fields that each end with a NUL byte, as a shell writes
 * them with {@code printf '%s\0'}. The protocol name, the token, what identifies the client's JDK, then either
 * {@code stop}; or {@code run} with the working directory, {@code 1} when standard input and output are a terminal
 * (else {@code 0}), the environment variables as {@code NAME=value} up to an empty field, the number of arguments
 * and the arguments; or {@code result} with the key the daemon gave a run, for its exit code once its output is sent.
 */
record DaemonRequest(Command command, String cwd, boolean terminal, Map<String, String> variables, List<String> args,
        String key) {

    static final String PROTOCOL = "agentlint-daemon/2";
    /** Room for a token, a command or a number; anything longer is not a client of this daemon. */
    private static final int SHORT_FIELD = 256;
    /** A path, an argument or a variable; a field that does not end within it is refused. */
    private static final int LONG_FIELD = 1 << 20;
    private static final int MAX_ARGUMENTS = 1 << 20;

    /** What the client asks for. */
    enum Command {
        RUN, STOP, RESULT
    }

    static DaemonRequest run(String cwd, boolean terminal, Map<String, String> variables, List<String> args) {
        return new DaemonRequest(Command.RUN, cwd, terminal, variables, args, "");
    }

    static DaemonRequest stop() {
        return new DaemonRequest(Command.STOP, "", false, Map.of(), List.of(), "");
    }

    static DaemonRequest result(String key) {
        return new DaemonRequest(Command.RESULT, "", false, Map.of(), List.of(), key);
    }

    /** A request that does not follow the protocol, or whose token or key is not the daemon's. */
    static final class Refused extends IOException {
        Refused(String reason) {
            super(reason);
        }
    }

    /** Reads a request, checking the token before anything else is read. */
    static DaemonRequest read(InputStream in, String token, String jdk) throws IOException {
        expectProtocol(in);
        byte[] given = field(in, SHORT_FIELD).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
            throw new Refused("wrong token");
        }
        if (!field(in, LONG_FIELD).equals(jdk)) {
            throw new Refused("another JDK");
        }
        String command = field(in, SHORT_FIELD);
        if (command.equals("stop")) {
            return stop();
        }
        if (command.equals("result")) {
            return result(field(in, SHORT_FIELD));
        }
        if (!command.equals("run")) {
            throw new Refused("unknown command: " + command);
        }
        String cwd = field(in, LONG_FIELD);
        boolean terminal = field(in, SHORT_FIELD).equals("1");
        Map<String, String> variables = new LinkedHashMap<>();
        for (String variable = field(in, LONG_FIELD); !variable.isEmpty(); variable = field(in, LONG_FIELD)) {
            int equals = variable.indexOf('=');
            if (equals <= 0) {
                throw new Refused("not a variable: " + variable);
            }
            variables.put(variable.substring(0, equals), variable.substring(equals + 1));
        }
        int count = count(field(in, SHORT_FIELD));
        List<String> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(field(in, LONG_FIELD));
        }
        return run(cwd, terminal, Map.copyOf(variables), List.copyOf(args));
    }

    /** Refuses at the first byte that differs, so that a stray client is not waited for. */
    private static void expectProtocol(InputStream in) throws IOException {
        for (byte expected : (PROTOCOL + "\0").getBytes(StandardCharsets.US_ASCII)) {
            if (in.read() != expected) {
                throw new Refused("not a client of this daemon");
            }
        }
    }

    private static int count(String field) throws Refused {
        try {
            int count = Integer.parseInt(field);
            if (count >= 0 && count <= MAX_ARGUMENTS) {
                return count;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Refused("not a number of arguments: " + field);
    }

    private static String field(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != 0; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the request ended early");
            }
            if (bytes.size() == limit) {
                throw new Refused("a field longer than " + limit + " bytes");
            }
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
