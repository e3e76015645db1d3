package dev.agentlint.rules.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TermCountsTest {

    private static final List<String> VOCABULARY = List.of("api", "review", "test", "secur", "deploy", "react",
            "python", "django", "coverag", "migrat", "a", "zz", "Type", "type");

    @Test
    void countsAsASortedMapWouldOnRandomTexts() {
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            List<String> words = new ArrayList<>();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                words.add(new String(VOCABULARY.get(random.nextInt(VOCABULARY.size()))));
            }
            Map<String, Integer> expected = new TreeMap<>();
            words.forEach(w -> expected.merge(w, 1, Integer::sum));
            TermCounts counts = TermCounts.of(words);
            assertEquals(expected, counts, "round " + round);
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(counts.keySet()), "order, round " + round);
            expected.forEach((word, count) -> assertEquals(count, counts.get(word)));
        }
    }

    @Test
    void vectorsOfTermCountsScoreAsVectorsOfPlainMapsOnRandomDocuments() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            List<TermCounts> counted = new ArrayList<>();
            List<Map<String, Integer>> plain = new ArrayList<>();
            for (int d = 0; d < 1 + random.nextInt(8); d++) {
                List<String> words = new ArrayList<>();
                for (int i = random.nextInt(30); i > 0; i--) {
                    words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
                }
                counted.add(TermCounts.of(words));
                plain.add(new java.util.HashMap<>(TermCounts.of(words)));
            }
            TermVectors fromCounts = new TermVectors(counted, c -> c);
            TermVectors fromMaps = new TermVectors(plain, m -> m);
            for (int a = 0; a < counted.size(); a++) {
                for (int b = 0; b < counted.size(); b++) {
                    assertEquals(fromMaps.cosine(a, b), fromCounts.cosine(a, b), 0.0, "round " + round);
                }
                for (String term : VOCABULARY) {
                    assertEquals(fromMaps.weight(a, term), fromCounts.weight(a, term), 0.0, "round " + round);
                    assertEquals(fromMaps.idf(term), fromCounts.idf(term), 0.0, "round " + round);
                }
            }
        }
    }

    @Test
    void absentKeysAndOtherTypesAreNotFound() {
        TermCounts counts = TermCounts.of(List.of("review", "api", "review"));
        assertNull(counts.get("deploy"));
        assertNull(counts.get(42));
        assertFalse(counts.containsKey("deploy"));
        assertEquals(Map.of("api", 1, "review", 2), counts);
    }

    @Test
    void keysAreSharedAcrossAgents() {
        TermCounts first = TermCounts.of(List.of(new String("review")));
        TermCounts second = TermCounts.of(List.of(new String("review")));
        assertSame(first.keySet().iterator().next(), second.keySet().iterator().next());
    }
}
