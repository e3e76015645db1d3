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
    void containsFoldedFindsWhatALowerCaseCopyWouldOnRandomTexts() {
        String alphabet = "onlyreadONLYREAD -\u0130\u212A\u00C9\u00D8\u0152\u0178";
        String letters = "onlyread";
        Random random = new Random(5);
        for (int round = 0; round < 20000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            StringBuilder word = new StringBuilder();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                word.append(letters.charAt(random.nextInt(letters.length())));
            }
            String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
            assertEquals(lower.contains(word), Ascii.containsFolded(text.toString(), word.toString()),
                    () -> "\"" + word + "\" in \"" + text + "\"");
        }
        assertTrue(Ascii.containsFolded("Stay READ-ONLY", "only"));
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
