package dev.agentlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecoderTest {

    /** Pieces of files: ASCII, two- to four-byte characters, a written U+FFFD, NUL, stray and cut-off bytes. */
    private static final byte[][] PIECES = {
        "agent: ".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
        "€".getBytes(StandardCharsets.UTF_8), "😀".getBytes(StandardCharsets.UTF_8),
        "\uFFFD".getBytes(StandardCharsets.UTF_8), {0}, {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xFE}, "\n".getBytes(StandardCharsets.UTF_8),
    };

    @Test
    void decodesRandomBytesAsTheStrictDefinitionSays() {
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = random.nextInt(8); i > 0; i--) {
                byte[] piece = random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : PIECES[0];
                bytes.writeBytes(piece);
            }
            byte[] file = bytes.toByteArray();
            assertEquals(definition(file), Decoder.decode(file), "round " + round);
        }
    }

    @Test
    void aWrittenReplacementCharacterIsText() {
        assertEquals(Optional.empty(), Decoder.decode("a \uFFFD b".getBytes(StandardCharsets.UTF_8)).problem());
    }

    /** UTF-16 by its byte order mark, then the first NUL byte, then the first malformed byte, else clean. */
    private static Decoder.Decoded definition(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return new Decoder.Decoded("", Optional.of(new Decoder.EncodingProblem(
                    Decoder.EncodingProblem.Kind.UTF16, 0)));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Decoder.Decoded(text, Optional.of(new Decoder.EncodingProblem(
                        Decoder.EncodingProblem.Kind.BINARY, i)));
            }
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        if (strict.decode(input, CharBuffer.allocate(bytes.length), true).isError()) {
            return new Decoder.Decoded(text, Optional.of(new Decoder.EncodingProblem(
                    Decoder.EncodingProblem.Kind.INVALID_UTF8, input.position())));
        }
        return new Decoder.Decoded(text, Optional.empty());
    }
}
