package dev.agentlint.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance, ignoring case and separators first. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate close enough to be a likely typo of {@code written}. */
    public static Optional<String> closest(String written, Collection<String> candidates) {
        String normalised = normalise(written);
        int allowed = Math.max(1, Math.min(3, normalised.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String other = normalise(candidate);
            if (other.equals(normalised)) {
                return Optional.of(candidate);
            }
            int distance = distance(normalised, other, Math.min(bestDistance, allowed));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** A sentence fragment such as {@code ; did you mean "model"?}, or the empty string. */
    public static String didYouMean(String written, Collection<String> candidates) {
        return closest(written, candidates).map(s -> "; did you mean \"" + s + "\"?").orElse("");
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    /** Damerau-Levenshtein (optimal string alignment) distance, giving up early above {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > Math.min(limit, 64)) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
