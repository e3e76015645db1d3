package dev.agentlint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class Utf8TextTest {

    /** Characters from every branch: printable ASCII, tab, controls, two- and three-byte ones, surrogates. */
    private static final char[] KINDS = {'a', ' ', '~', '\t', '\n', '\u001b', '\u007f', '\u0085', '\u00e9', '\u07ff',
        '\u0800', '\u2014', '\u2026', '\u2028', '\u202e', '\u2066', '\uffff', '\ud83d', '\ude00', '\udbff', '\udc00'};

    @Test
    void anyPartOfAnyTextIsWhatTheSafeTextIsInUtf8() {
        Random random = new Random(17);
        for (int round = 0; round < 20_000; round++) {
            assertSafeInUtf8(text(random, 40, () -> random.nextInt(3) == 0
                    ? (char) random.nextInt(Character.MAX_VALUE + 1) : KINDS[random.nextInt(KINDS.length)]), random);
        }
    }

    /**
     * Runs of printable ASCII, {@code ?} among them, broken by a character of another kind anywhere in a run of
     * eight: what a report mostly holds, taken eight bytes at a time.
     */
    @Test
    void mostlyPrintableTextsAreWhatTheSafeTextIsInUtf8() {
        Random random = new Random(29);
        for (int round = 0; round < 20_000; round++) {
            assertSafeInUtf8(text(random, 80, () -> random.nextInt(12) == 0
                    ? KINDS[random.nextInt(KINDS.length)] : (char) (' ' + random.nextInt('~' - ' ' + 1))), random);
        }
    }

    /** A text of fewer than {@code longest} characters, each from {@code next}. */
    private static String text(Random random, int longest, Supplier<Character> next) {
        char[] chars = new char[random.nextInt(longest)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = next.get();
        }
        return new String(chars);
    }

    /** A part of the text, often all of it, appended as it is safe to print, in UTF-8. */
    private static void assertSafeInUtf8(String text, Random random) {
        int from = random.nextBoolean() ? 0 : random.nextInt(text.length() + 1);
        int to = random.nextBoolean() ? text.length() : from + random.nextInt(text.length() - from + 1);
        byte[] expected = TerminalText.safe(text.substring(from, to)).getBytes(StandardCharsets.UTF_8);
        // a small buffer, so that escapes and long parts make it grow
        Utf8Text built = new Utf8Text(random.nextInt(24)).safe(text, from, to);
        assertArrayEquals(expected, bytesOf(built), () -> escapedForMessage(text) + " from " + from + " to " + to);
    }

    @Test
    void piecesFollowOneAnotherAsWritten() {
        Utf8Text text = new Utf8Text(0).ascii("a.md").ascii(':').number(12).ascii(": ")
                .safe("caf\u00e9 \u2014 \u001b[2J").safe("\ud83d\ude00 x", 0, 2).ascii(" |").repeat('~', 3);
        assertEquals("a.md:12: caf\u00e9 \u2014 \\u001b[2J\ud83d\ude00 |~~~",
                new String(bytesOf(text), StandardCharsets.UTF_8));
    }

    @Test
    void numbersArePaddedToTheirWidthAndNeverCut() {
        String numbers = new String(bytesOf(new Utf8Text(4).number(7, 5).ascii('|').number(12345, 5).ascii('|')
                .number(1234567, 5).ascii('|').number(0).ascii('|').number(-42, 5).ascii('|')
                .number(Integer.MAX_VALUE)), StandardCharsets.US_ASCII);
        assertEquals("    7|12345|1234567|0|  -42|2147483647", numbers);
    }

    @Test
    void aLongTextGrowsTheBufferAndKeepsEveryByte() {
        String line = "- Respond with clear answers \u2014 in \u00fcber short lines \ud83d\ude80 ".repeat(2_000);
        assertArrayEquals(line.getBytes(StandardCharsets.UTF_8), bytesOf(new Utf8Text(16).safe(line)));
    }

    private static byte[] bytesOf(Utf8Text text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            text.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String escapedForMessage(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(String.format("\\u%04x", c)));
        return out.toString();
    }
}
