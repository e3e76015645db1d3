package dev.agentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void everyControlCharacterIsEscapedAndEveryOtherKept() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean control = c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == 0x2028 || c == 0x2029
                    || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
            String text = "a" + c + "b";
            String expected = control ? String.format("a\\u%04xb", (int) c) : text;
            assertEquals(expected, TerminalText.safe(text), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void everyControlCharacterAfterTheFirstIsEscapedToo() {
        assertEquals("name\\u001b[2J \\u202eevil\\u202c\tok \u2014 done",
                TerminalText.safe("name\u001b[2J \u202eevil\u202c\tok \u2014 done"));
    }

    @Test
    void textWithoutControlCharactersIsReturnedAsItIs() {
        String text = "agents \"a\" and \"b\" are near-duplicates \u2014 remove one\t\u2026";
        assertSame(text, TerminalText.safe(text));
    }
}
