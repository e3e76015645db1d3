package dev.agentlint.rules.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Technologies are found where their exact tokens stand, as comparing every token with every phrase would find
 * them, although most tokens are ruled out before they are made into strings.
 */
class TechnologySearchTest {

    private static final List<String> BETWEEN = List.of(" ", ". ", ", ", " and ", "\n", "-", " - ", "(", ")", "`",
            "é", "x", "3", "_", ".", "#", "+", " using ", "The ");

    @Test
    void technologiesAreFoundAsComparingEveryTokenWouldOnRandomTexts() {
        Dictionaries dictionaries = Dictionaries.get();
        List<String> pieces = new ArrayList<>();
        dictionaries.technologies().values().forEach(phrases -> phrases.forEach(words -> {
            String phrase = String.join(" ", words);
            pieces.add(phrase);
            pieces.add(phrase.toLowerCase(java.util.Locale.ROOT));
            pieces.add(phrase.substring(0, Math.max(1, phrase.length() - 1)));
        }));
        Random random = new Random(17);
        int found = 0;
        for (int round = 0; round < 4_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int part = random.nextInt(6); part >= 0; part--) {
                text.append(pick(BETWEEN, random)).append(pick(pieces, random));
            }
            String written = text.toString();
            Set<String> expected = byEveryToken(dictionaries, written);
            Set<String> actual = FacetMatcher.get().find(written).technologies();
            assertEquals(expected, actual, written);
            found += actual.size();
        }
        assertTrue(found > 2_000, "the texts name technologies: " + found);
    }

    /** Every phrase tried at every token, the sentence-start guard applied to one-word phrases. */
    private static Set<String> byEveryToken(Dictionaries dictionaries, String text) {
        List<CaseTokens.Token> tokens = CaseTokens.of(text);
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Map.Entry<String, List<List<String>>> entry : dictionaries.technologies().entrySet()) {
                for (List<String> words : entry.getValue()) {
                    if (standsAt(tokens, i, words) && !(words.size() == 1
                            && dictionaries.guarded().contains(words.get(0)) && tokens.get(i).sentenceStart())) {
                        found.add(entry.getKey());
                    }
                }
            }
        }
        return found;
    }

    private static boolean standsAt(List<CaseTokens.Token> tokens, int at, List<String> words) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(at + k).text().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
