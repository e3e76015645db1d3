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

    /**
     * Decodes once and checks the text rather than the bytes: a NUL byte decodes to U+0000 and nothing else does, and
     * the decoder puts U+FFFD for every malformed sequence, so only a text holding one of these two is looked at again.
     */
    public static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new Decoded("", Optional.of(new EncodingProblem(EncodingProblem.Kind.UTF16, 0)));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\u0000') >= 0) {
            int nul = 0;
            while (bytes[nul] != 0) {
                nul++;
            }
            return new Decoded(text, Optional.of(new EncodingProblem(EncodingProblem.Kind.BINARY, nul)));
        }
        if (text.indexOf('\uFFFD') < 0) {
            return new Decoded(text, Optional.empty());
        }
        // U+FFFD may also be written in the file; only a strict decoder tells where the bytes go wrong, if they do
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        var result = strict.decode(input, CharBuffer.allocate(bytes.length), true);
        return new Decoded(text, result.isError()
                ? Optional.of(new EncodingProblem(EncodingProblem.Kind.INVALID_UTF8, input.position()))
                : Optional.empty());
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
