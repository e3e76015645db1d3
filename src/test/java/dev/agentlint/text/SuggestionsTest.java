package dev.agentlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** Below or at its limit the distance is exact; above, it only says so, and may stop early to say it. */
    @Test
    void distanceIsExactUpToItsLimitAndAboveItBeyond() {
        Random random = new Random(29);
        for (int round = 0; round < 20_000; round++) {
            String a = random.nextInt(3) == 0 ? typo(name(random), random) : name(random);
            String b = random.nextInt(2) == 0 && !a.isEmpty() ? typo(a, random) : name(random);
            int limit = random.nextInt(5);
            int exact = fullDistance(a, b);
            int found = Suggestions.distance(a, b, limit);
            if (exact <= limit) {
                assertEquals(exact, found, () -> a + " / " + b + " within " + limit);
            } else {
                assertTrue(found > limit, () -> a + " / " + b + " within " + limit + ": " + found);
            }
        }
    }

    /** Optimal string alignment distance, the whole table filled. */
    private static int fullDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
            int distance = fullDistance(normalised, other);
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
