package dev.agentlint.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bytes kept in pieces of 64 KB: a document of many megabytes never needs one array as long as itself, nor the
 * copies a growing array makes, which the collector would place straight in the old generation.
 */
final class ChunkedBytes extends OutputStream {

    private static final int PIECE = 1 << 16;

    private final List<byte[]> pieces = new ArrayList<>();
    /** Bytes used in the last piece. */
    private int used = PIECE;

    @Override
    public void write(int b) {
        if (used == PIECE) {
            pieces.add(new byte[PIECE]);
            used = 0;
        }
        pieces.get(pieces.size() - 1)[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int from = offset;
        int left = length;
        while (left > 0) {
            if (used == PIECE) {
                pieces.add(new byte[PIECE]);
                used = 0;
            }
            int count = Math.min(left, PIECE - used);
            System.arraycopy(bytes, from, pieces.get(pieces.size() - 1), used, count);
            used += count;
            from += count;
            left -= count;
        }
    }

    void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < pieces.size(); i++) {
            out.write(pieces.get(i), 0, i == pieces.size() - 1 ? used : PIECE);
        }
    }

    /** The bytes read as UTF-8 text, a character split between two pieces included. */
    Reader utf8() {
        List<InputStream> streams = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            streams.add(new ByteArrayInputStream(pieces.get(i), 0, i == pieces.size() - 1 ? used : PIECE));
        }
        return new InputStreamReader(new SequenceInputStream(Collections.enumeration(streams)),
                StandardCharsets.UTF_8);
    }
}
