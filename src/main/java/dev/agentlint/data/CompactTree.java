package dev.agentlint.data;

import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tree of the values YAML loads (maps in order, lists, strings, numbers, booleans and nulls) written as tagged
 * binary, so that reading it back is a short loop rather than a YAML parse. Reading gives back the types the YAML
 * loader gives: {@link LinkedHashMap}, {@link ArrayList}, {@link Integer}, {@link Long}, {@link BigInteger},
 * {@link Double}, {@link Boolean}, {@link String} and {@code null}.
 */
final class CompactTree {

    private static final int NULL = 0;
    private static final int FALSE = 1;
    private static final int TRUE = 2;
    private static final int INT = 3;
    private static final int LONG = 4;
    private static final int BIG_INTEGER = 5;
    private static final int DOUBLE = 6;
    private static final int STRING = 7;
    private static final int LIST = 8;
    private static final int MAP = 9;

    private CompactTree() {
    }

    /** Writes a tree; a value of any other type is a bug in the data file's loader and fails. */
    static void write(Object value, DataOutputStream out) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Boolean bool) {
            out.writeByte(bool ? TRUE : FALSE);
        } else if (value instanceof Integer number) {
            out.writeByte(INT);
            out.writeInt(number);
        } else if (value instanceof Long number) {
            out.writeByte(LONG);
            out.writeLong(number);
        } else if (value instanceof BigInteger number) {
            out.writeByte(BIG_INTEGER);
            writeString(number.toString(), out);
        } else if (value instanceof Double number) {
            out.writeByte(DOUBLE);
            out.writeDouble(number);
        } else if (value instanceof String text) {
            out.writeByte(STRING);
            writeString(text, out);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object item : list) {
                write(item, out);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                write(entry.getKey(), out);
                write(entry.getValue(), out);
            }
        } else {
            throw new IllegalArgumentException("a data file holds a " + value.getClass().getName()
                    + ", which has no compact form");
        }
    }

    /** Reads the tree that {@code data} holds. */
    static Object read(byte[] data) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(data);
        Object tree = read(in);
        if (in.hasRemaining()) {
            throw new IOException("not a compact tree (" + in.remaining() + " bytes after it)");
        }
        return tree;
    }

    private static Object read(ByteBuffer in) throws IOException {
        int tag = in.get() & 0xff;
        switch (tag) {
            case NULL:
                return null;
            case FALSE:
                return Boolean.FALSE;
            case TRUE:
                return Boolean.TRUE;
            case INT:
                return in.getInt();
            case LONG:
                return in.getLong();
            case BIG_INTEGER:
                return new BigInteger(readString(in));
            case DOUBLE:
                return in.getDouble();
            case STRING:
                return readString(in);
            case LIST: {
                int size = in.getInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(read(in));
                }
                return list;
            }
            case MAP: {
                int size = in.getInt();
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < size; i++) {
                    Object key = read(in);
                    map.put(key, read(in));
                }
                return map;
            }
            default:
                throw new IOException("not a compact tree (tag " + tag + ")");
        }
    }

    /** Strings as UTF-8 with their length in bytes, without the 64 KB limit of {@code writeUTF}. */
    private static void writeString(String text, DataOutputStream out) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(ByteBuffer in) {
        int length = in.getInt();
        String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return text;
    }
}
