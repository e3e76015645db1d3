package dev.agentlint.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bytes kept in pieces, from 2 KB up to 64 KB each: many megabytes never need one array as long as themselves,
 * nor the copies a growing array makes, which the collector would place straight in the old generation; a few
 * hundred bytes take one small piece.
 */
public final class ChunkedBytes extends OutputStream {

    private static final int FIRST_PIECE = 1 << 11;
    private static final int LARGEST_PIECE = 1 << 16;

    private final List<byte[]> pieces = new ArrayList<>();
    /** Bytes used in the last piece. */
    private int used;
    private long size;

    @Override
    public void write(int b) {
        room()[used++] = (byte) b;
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int from = offset;
        int left = length;
        while (left > 0) {
            byte[] piece = room();
            int count = Math.min(left, piece.length - used);
            System.arraycopy(bytes, from, piece, used, count);
            used += count;
            from += count;
            left -= count;
        }
        size += length;
    }

    /** The last piece, with room for at least one more byte. */
    private byte[] room() {
        if (pieces.isEmpty() || used == pieces.get(pieces.size() - 1).length) {
            int length = pieces.isEmpty() ? FIRST_PIECE
                    : Math.min(LARGEST_PIECE, pieces.get(pieces.size() - 1).length * 2);
            pieces.add(new byte[length]);
            used = 0;
        }
        return pieces.get(pieces.size() - 1);
    }

    public long size() {
        return size;
    }

    public void writeTo(OutputStream out) throws IOException {
        for (int i = 0; i < pieces.size(); i++) {
            out.write(pieces.get(i), 0, filled(i));
        }
    }

    /** The bytes in one array, made once. */
    public byte[] toByteArray() {
        byte[] all = new byte[Math.toIntExact(size)];
        int at = 0;
        for (int i = 0; i < pieces.size(); i++) {
            System.arraycopy(pieces.get(i), 0, all, at, filled(i));
            at += filled(i);
        }
        return all;
    }

    /** The bytes read back in order, piece after piece. */
    public InputStream inputStream() {
        List<InputStream> streams = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            streams.add(new ByteArrayInputStream(pieces.get(i), 0, filled(i)));
        }
        return new SequenceInputStream(Collections.enumeration(streams));
    }

    private int filled(int piece) {
        return piece == pieces.size() - 1 ? used : pieces.get(piece).length;
    }
}
