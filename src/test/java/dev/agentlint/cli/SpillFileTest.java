package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentlint.io.ChunkedBytes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file a run keeps its cache entries in: what is appended, in one array or in pieces, reads back the same. */
class SpillFileTest {

    @TempDir
    Path directory;

    @Test
    void entriesOfManyPiecesReadBackAsTheyWereAppended() throws IOException {
        Random random = new Random(5);
        byte[] whole = new byte[200_000];
        random.nextBytes(whole);
        byte[] pieces = new byte[300_001];
        random.nextBytes(pieces);
        ChunkedBytes chunked = new ChunkedBytes();
        for (int at = 0; at < pieces.length; ) {
            int length = Math.min(pieces.length - at, 1 + random.nextInt(90_000));
            chunked.write(pieces, at, length);
            at += length;
        }

        try (SpillFile spill = new SpillFile(directory, "results-")) {
            long first = spill.append(whole);
            long second = spill.append(chunked);

            assertEquals(0, first);
            assertEquals(whole.length, second);
            assertArrayEquals(whole, read(spill, first, whole.length));
            assertArrayEquals(pieces, read(spill, second, pieces.length));
        }
        try (Stream<Path> left = Files.list(directory)) {
            assertEquals(0, left.count(), "the spill file is gone once closed");
        }
    }

    private static byte[] read(SpillFile spill, long position, int length) throws IOException {
        ByteBuffer into = ByteBuffer.allocate(length);
        while (into.hasRemaining()) {
            spill.read(into, position + into.position());
        }
        return into.array();
    }
}
