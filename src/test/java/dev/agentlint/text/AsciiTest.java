package dev.agentlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AsciiTest {

    private static final String ALPHABET = "aZzA@[`{ \t\n\u000B\f\r\u00A0\u2003\u0130\u00C9é\u212A9";

    @Test
    void lowersOnlyAToZAndKeepsEveryOffsetOnRandomTexts() {
        Random random = new Random(3);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            StringBuilder expected = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                text.append(c);
                expected.append(c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c);
            }
            assertEquals(expected.toString(), Ascii.lowerCase(text.toString()));
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            assertEquals(expected.substring(start, end), Ascii.lowerCase(text.toString(), start, end),
                    () -> text + " from " + start + " to " + end);
        }
    }

    @Test
    void patternSpaceIsWhatBackslashSMatches() {
        Pattern space = Pattern.compile("\\s");
        for (int c = 0; c < 0x3000; c++) {
            assertEquals(space.matcher(Character.toString(c)).matches(), Ascii.isPatternSpace(c), "U+" + c);
        }
        assertTrue(Ascii.isPatternSpace('\u000B'));
    }

    @Test
    void letterOrDigitAgreesWithCharacterOnEveryChar() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetterOrDigit((char) c), Ascii.isLetterOrDigit((char) c), "U+" + c);
        }
    }
}
