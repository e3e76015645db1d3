package dev.agentlint.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns a file's bytes into text, saying where and why they are not UTF-8 text when they are not. */
public final class Decoder {

    /** Why the bytes are not clean UTF-8 text, and the byte offset where that shows first. */
    public record EncodingProblem(Kind kind, long byteOffset) {
        public enum Kind { BINARY, UTF16, INVALID_UTF8 }
    }

    /**
     * The decoded text (malformed bytes replaced by U+FFFD; empty for UTF-16) and the problem, if any.
     */
    public record Decoded(String text, Optional<EncodingProblem> problem) {
    }

    private Decoder() {
    }

    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new Decoded("", Optional.of(new EncodingProblem(EncodingProblem.Kind.UTF16, 0)));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Decoded(new String(bytes, StandardCharsets.UTF_8),
                        Optional.of(new EncodingProblem(EncodingProblem.Kind.BINARY, i)));
            }
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        var result = strict.decode(input, output, true);
        if (!result.isError()) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), Optional.empty());
        }
        long offset = input.position();
        return new Decoded(new String(bytes, StandardCharsets.UTF_8),
                Optional.of(new EncodingProblem(EncodingProblem.Kind.INVALID_UTF8, offset)));
    }

    /** The text of the bytes before {@code offset}, to find the line and column of a byte offset. */
    public static String prefix(byte[] bytes, long offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, (int) offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, 0, (int) offset, StandardCharsets.UTF_8);
        }
    }
}
