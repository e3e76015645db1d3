package dev.agentlint.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The standard output of a run in the {@linkplain Daemon daemon}, and with it the start of the answer to its client.
 * Up to 64 KB is held, so that most runs are answered whole when they end: a line with the exit code and the byte
 * lengths of standard error and output, then those bytes. Beyond that the output is sent as the run writes it rather
 * than held (a report over 20,000 files is tens of megabytes): first a line with the key of the run's result and the
 * byte length of the standard error written so far, which a run of its own would have printed by then, and those
 * bytes. Like {@code System.out}, it never throws: once the client has gone, output is dropped.
 */
final class ClientOutput extends OutputStream {

    private static final int HELD_BYTES = 1 << 16;

    private final OutputStream client;
    private final String key;
    private final Supplier<byte[]> errorsSoFar;
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    /** How many bytes of standard error went with the first line of a sent output; -1 while output is held. */
    private int errorsSent = -1;
    private boolean gone;

    /**
     * @param client the connection's output
     * @param key what the client asks for the run's result with, once output is sent as it comes
     * @param errorsSoFar the standard error the run has written so far, flushed
     */
    ClientOutput(OutputStream client, String key, Supplier<byte[]> errorsSoFar) {
        this.client = new BufferedOutputStream(client, HELD_BYTES);
        this.key = key;
        this.errorsSoFar = errorsSoFar;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        if (gone) {
            return;
        }
        if (errorsSent < 0 && held.size() + length <= HELD_BYTES) {
            held.write(bytes, offset, length);
            return;
        }
        try {
            if (errorsSent < 0) {
                byte[] errors = errorsSoFar.get();
                client.write((key + " " + errors.length + "\n").getBytes(StandardCharsets.US_ASCII));
                client.write(errors);
                held.writeTo(client);
                held.reset();
                errorsSent = errors.length;
            }
            client.write(bytes, offset, length);
        } catch (IOException e) {
            gone = true;
        }
    }

    /** Sends what is buffered of an output being sent; held output stays held. */
    @Override
    public synchronized void flush() {
        if (errorsSent < 0 || gone) {
            return;
        }
        try {
            client.flush();
        } catch (IOException e) {
            gone = true;
        }
    }

    /** Whether output has been sent: until then, the run could still start over somewhere else. */
    synchronized boolean sending() {
        return errorsSent >= 0;
    }

    /**
     * Ends the answer once the run has ended: whole, if its output is held; else by sending the rest of it, after
     * which the client asks for the exit code and the rest of standard error with the key.
     *
     * @return how many bytes of standard error went with the first line of a sent output, or -1 if the answer was
     *     whole
     * @throws IOException when the client has gone
     */
    synchronized int finish(int code) throws IOException {
        if (gone) {
            throw new IOException("the client has gone");
        }
        if (errorsSent < 0) {
            byte[] errors = errorsSoFar.get();
            client.write((code + " " + errors.length + " " + held.size() + "\n").getBytes(StandardCharsets.US_ASCII));
            client.write(errors);
            held.writeTo(client);
        }
        client.flush();
        return errorsSent;
    }
}
