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
    void vectorsScoreAndShareAsTheDefinitionSaysOnRandomDocuments() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            List<TermCounts> documents = new ArrayList<>();
            for (int d = 0; d < 1 + random.nextInt(8); d++) {
                List<String> words = new ArrayList<>();
                for (int i = random.nextInt(30); i > 0; i--) {
                    words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
                }
                // now and then words of a large vocabulary, so that a document's term ids lie far apart
                for (int i = random.nextInt(3) == 0 ? random.nextInt(40) : 0; i > 0; i--) {
                    words.add("w" + random.nextInt(1000));
                }
                // now and then a word so frequent that its count needs more than a byte
                for (int i = random.nextInt(10) == 0 ? 300 : 0; i > 0; i--) {
                    words.add("review");
                }
                documents.add(TermCounts.of(words));
            }
            TermVectors vectors = new TermVectors(documents, c -> c);
            for (int a = 0; a < documents.size(); a++) {
                Map<String, Double> first = normalisedWeights(documents, a);
                for (int b = 0; b < documents.size(); b++) {
                    Map<String, Double> second = normalisedWeights(documents, b);
                    double dot = first.entrySet().stream()
                            .mapToDouble(e -> e.getValue() * second.getOrDefault(e.getKey(), 0.0)).sum();
                    assertEquals(Math.min(1.0, dot), vectors.cosine(a, b), 1e-12, "round " + round);
                    List<TermVectors.SharedTerm> shared = vectors.shared(a, b);
                    assertEquals(first.keySet().stream().filter(second::containsKey).toList(),
                            shared.stream().map(TermVectors.SharedTerm::term).toList(), "round " + round);
                    for (TermVectors.SharedTerm term : shared) {
                        assertEquals(first.get(term.term()) * second.get(term.term()), term.product(), 1e-12);
                    }
                }
            }
        }
    }

    /** Log term frequency times smoothed inverse document frequency, divided by the vector's length. */
    private static Map<String, Double> normalisedWeights(List<TermCounts> documents, int document) {
        Map<String, Double> weights = new TreeMap<>();
        documents.get(document).forEach((term, count) -> {
            long holding = documents.stream().filter(d -> d.containsKey(term)).count();
            double idf = Math.log((documents.size() + 1.0) / (holding + 1.0)) + 1.0;
            weights.put(term, (1 + Math.log(count)) * idf);
        });
        double length = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        weights.replaceAll((term, w) -> length > 0 ? w / length : w);
        return weights;
    }

    @Test
    void countsBeyondAByteAreKept() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            words.add("review");
        }
        words.add("api");
        assertEquals(Map.of("api", 1, "review", 70_000), TermCounts.of(words));
        words.subList(1, 69_745).clear();
        assertEquals(Map.of("api", 1, "review", 256), TermCounts.of(words));
        words.remove(0);
        assertEquals(Map.of("api", 1, "review", 255), TermCounts.of(words));
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
