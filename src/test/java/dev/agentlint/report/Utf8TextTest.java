package dev.agentlint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8TextTest {

    /** Characters from every branch: printable ASCII, tab, controls, two- and three-byte ones, surrogates. */
    private static final char[] KINDS = {'a', ' ', '~', '\t', '\n', '\u001b', '\u007f', '\u0085', '\u00e9', '\u07ff',
        '\u0800', '\u2014', '\u2026', '\u2028', '\u202e', '\u2066', '\uffff', '\ud83d', '\ude00', '\udbff', '\udc00'};

    @Test
    void anyPartOfAnyTextIsWhatTheSafeTextIsInUtf8() {
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            char[] chars = new char[random.nextInt(12)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextInt(3) == 0 ? (char) random.nextInt(Character.MAX_VALUE + 1)
                        : KINDS[random.nextInt(KINDS.length)];
            }
            String text = new String(chars);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            byte[] expected = TerminalText.safe(text.substring(from, to)).getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(expected, new Utf8Text().safe(text, from, to).toBytes(), () -> escapedForMessage(text));
        }
    }

    @Test
    void piecesFollowOneAnotherAsWritten() {
        byte[] bytes = new Utf8Text().ascii("a.md").ascii(':').number(12).ascii(": ")
                .safe("caf\u00e9 \u2014 \u001b[2J").safe("\ud83d\ude00 x", 0, 2).toBytes();
        assertEquals("a.md:12: caf\u00e9 \u2014 \\u001b[2J\ud83d\ude00", new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void aLongTextGrowsTheBufferAndKeepsEveryByte() {
        String line = "- Respond with clear answers \u2014 in \u00fcber short lines \ud83d\ude80 ".repeat(2_000);
        assertArrayEquals(line.getBytes(StandardCharsets.UTF_8), new Utf8Text().safe(line).toBytes());
    }

    private static String escapedForMessage(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }
}
