package dev.agentlint.text.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkerNormalisationTest {

    /** The definition: decoration and symbols become spaces, runs of white space one space, the ends stripped. */
    private static final Pattern DECORATION = Pattern.compile("[*_`#>\\[\\]()!?.:;\"“”—–=~|]|\\p{So}|\\p{Sk}|\\uFE0F");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String[] PIECES = {"Never", "DON’T", "what you", "do", "İ", "ß", " ", "  ", "\t", "\n",
        "\u000B", "\u2003", "\u00A0", "*", "**", "_", "`", "#", ">", "[", "]", "(", ")", "!", "?", ".", ":", ";", "\"",
        "“", "”", "—", "–", "=", "~", "|", "❌", "✅", "\uFE0F", "🚫", "^", "©", "-", "/", "’", "'", "2b", "Ω"};

    private static String byDefinition(String text) {
        String plain = DECORATION.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }

    @Test
    void normalisesAsTheRegularExpressionsDoOnRandomMarkers() {
        Random random = new Random(23);
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertEquals(byDefinition(text.toString()), ModalityLexicon.normaliseMarker(text.toString()),
                    () -> "on " + text.toString().codePoints().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void stripsMarkersAsTheRegularExpressionsDoOnRandomMarkers() {
        Pattern leading = Pattern.compile(
                "^(?:(?:what|things|stuff|actions|tasks|areas)\\s+)?(?:you|i|we|the agent|this agent|that|to)?\\s*");
        Pattern trailing = Pattern.compile(
                "(?:\\s+(?:the following|following|these|this|rules|things|items|list|ever|at all))+$");
        Pattern trailingDo = Pattern.compile("\\s+do$");
        String[] words = {"what", "you", "things", "the agent", "never", "do", "don't", "the following", "following",
            "these", "this", "rules", "list", "ever", "at all", "all", "x", "\u2028", "\u0085", "é"};
        Random random = new Random(29);
        for (int round = 0; round < 20000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                text.append(random.nextInt(4) == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            String normalised = ModalityLexicon.normaliseMarker(text.toString());
            String byDefinition = trailingDo.matcher(trailing.matcher(leading.matcher(normalised).replaceFirst(""))
                    .replaceFirst("")).replaceFirst("").strip();
            assertEquals(byDefinition, ModalityLexicon.strippedMarker(normalised), () -> "on \"" + normalised + "\"");
        }
        assertEquals("never", ModalityLexicon.strippedMarker("what you never do at all"));
    }

    @Test
    void keepsTheWordsOfADecoratedHeading() {
        assertEquals("what you don't do", ModalityLexicon.normaliseMarker("### ❌ **What You DON’T Do:**"));
        assertEquals("never", ModalityLexicon.normaliseMarker("  __Never__ !  "));
        assertEquals("", ModalityLexicon.normaliseMarker("🚫\uFE0F —"));
    }
}
