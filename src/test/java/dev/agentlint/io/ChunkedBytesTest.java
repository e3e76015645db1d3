package dev.agentlint.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bytes of any length written in writes of any size come back whole, in every way they are read back. */
class ChunkedBytesTest {

    private static final String[] CHARACTERS = {"a", "\n", "é", "—", "\uD83D\uDE80", "{ \"k\" : 1 }"};

    @Test
    void bytesComeBackAsWritten() throws IOException {
        for (long seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(3) == 0 ? random.nextInt(100) : random.nextInt(300_000);
            while (text.length() < length) {
                text.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
            }
            byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
            ChunkedBytes chunked = new ChunkedBytes();
            for (int at = 0; at < utf8.length; ) {
                int count = Math.min(utf8.length - at, random.nextInt(4) == 0 ? 1 : random.nextInt(100_000));
                if (count == 1) {
                    chunked.write(utf8[at]);
                } else {
                    chunked.write(utf8, at, count);
                }
                at += count;
            }
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            chunked.writeTo(copy);
            assertArrayEquals(utf8, copy.toByteArray(), "seed " + seed);
            assertArrayEquals(utf8, chunked.toByteArray(), "seed " + seed);
            try (InputStream read = chunked.inputStream()) {
                assertArrayEquals(utf8, read.readAllBytes(), "seed " + seed);
            }
        }
    }
}
