package dev.agentlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheClosestNameWithinAFewEdits() {
        List<String> agents = List.of("code-reviewer", "debugger", "test-runner", "Code_Reviewer");
        assertEquals("; did you mean \"code-reviewer\"?", Suggestions.didYouMean("code-reveiwer", agents));
        assertEquals(Optional.of("code-reviewer"), Suggestions.closest("CodeReviewer", agents));
        assertEquals(Optional.of("debugger"), Suggestions.closest("debuger", agents));
        assertEquals(Optional.empty(), Suggestions.closest("architect", agents));
        assertEquals("", Suggestions.didYouMean("db", agents));
    }

    /** Comparing only names of nearly the same length picks what comparing every name in order picks. */
    @Test
    void preparedCandidatesAgreeWithComparingEveryCandidateOnRandomNames() {
        Random random = new Random(17);
        for (int round = 0; round < 500; round++) {
            List<String> candidates = new ArrayList<>();
            for (int i = random.nextInt(60); i > 0; i--) {
                candidates.add(name(random));
            }
            Suggestions.Candidates prepared = Suggestions.of(candidates);
            for (int probe = 0; probe < 20; probe++) {
                String written = random.nextInt(3) == 0 && !candidates.isEmpty()
                        ? typo(candidates.get(random.nextInt(candidates.size())), random) : name(random);
                assertEquals(byComparingEveryCandidate(written, candidates), prepared.closest(written),
                        () -> written + " among " + candidates);
            }
        }
    }

    private static String name(Random random) {
        String letters = "abcde-_";
        StringBuilder name = new StringBuilder();
        for (int length = 1 + random.nextInt(9); length > 0; length--) {
            name.append(letters.charAt(random.nextInt(letters.length())));
        }
        return random.nextInt(4) == 0 ? name.toString().toUpperCase(Locale.ROOT) : name.toString();
    }

    private static String typo(String name, Random random) {
        StringBuilder typo = new StringBuilder(name);
        int at = random.nextInt(typo.length());
        switch (random.nextInt(3)) {
            case 0 -> typo.deleteCharAt(at);
            case 1 -> typo.insert(at, 'x');
            default -> typo.setCharAt(at, 'y');
        }
        return typo.toString();
    }

    /** The rule as first written: every candidate in order, the first exact form at once, else the first closest. */
    private static Optional<String> byComparingEveryCandidate(String written, List<String> candidates) {
        String normalised = normalise(written);
        int allowed = Math.max(1, Math.min(3, normalised.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String other = normalise(candidate);
            if (other.equals(normalised)) {
                return Optional.of(candidate);
            }
            int distance = Suggestions.distance(normalised, other, Math.min(bestDistance, allowed));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }
}
