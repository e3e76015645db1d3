package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A daemon run's standard output: held and answered whole when small, else sent as the run writes it. */
class ClientOutputTest {

    private static final String KEY = "s5f0e";
    private static final String WARNING = "agentlint: cannot read the result cache; checking every file\n";

    private final ByteArrayOutputStream client = new ByteArrayOutputStream();
    private final StringBuilder errors = new StringBuilder();
    private final ClientOutput output = new ClientOutput(client, KEY,
            () -> errors.toString().getBytes(StandardCharsets.UTF_8));

    @Test
    void aSmallOutputIsHeldAndAnsweredWholeWithTheExitCode() throws IOException {
        errors.append(WARNING);
        output.write(bytes("a.md:1:1: error: x\n"));
        output.flush();
        errors.append("agentlint: cannot write the result cache\n");
        assertEquals(0, client.size(), "held until the run ends");

        assertEquals(-1, output.finish(1), "no result to ask for");
        String allErrors = WARNING + "agentlint: cannot write the result cache\n";
        assertEquals("1 " + allErrors.length() + " 19\n" + allErrors + "a.md:1:1: error: x\n", text(client));
    }

    @Test
    void aLargeOutputIsSentAsTheRunWritesItAfterTheKeyAndTheStandardErrorSoFar() throws IOException {
        errors.append(WARNING);
        String line = "a.md:1:1: warning: unknown tool \"Reed\"; did you mean \"Read\"? [unknown-tool]\n";
        String report = line.repeat(1000);
        for (int i = 0; i < 1000; i++) {
            output.write(bytes(line));
        }
        output.flush();
        errors.append("written after the output began\n");
        assertTrue(output.sending());
        assertEquals(KEY + " " + WARNING.length() + "\n" + WARNING + report, text(client), "sent before the run ended");

        output.write(bytes("b.md:2:1: error: y\n"));
        assertEquals(WARNING.length(), output.finish(1), "the rest of standard error is the result's");
        assertTrue(text(client).endsWith(report + "b.md:2:1: error: y\n"));
    }

    @Test
    void aRunWithoutOutputIsAnsweredWhole() throws IOException {
        String message = "agentlint: no such file or directory: nope\n";
        errors.append(message);
        output.flush();
        assertFalse(output.sending());
        assertEquals(-1, output.finish(2));
        assertEquals("2 " + message.length() + " 0\n" + message, text(client));
    }

    @Test
    void outputToAClientThatHasGoneIsDroppedAndTheEndSaysSo() throws IOException {
        ClientOutput toNoOne = new ClientOutput(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                throw new IOException("Broken pipe");
            }
        }, KEY, () -> new byte[0]);
        byte[] report = new byte[1 << 17];
        toNoOne.write(report);
        toNoOne.write(report);
        toNoOne.flush();
        assertThrows(IOException.class, () -> toNoOne.finish(1));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
