package dev.agentlint.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Did you mean" suggestions by edit distance, ignoring case and separators first. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest candidate close enough to be a likely typo of {@code written}. */
    public static Optional<String> closest(String written, Collection<String> candidates) {
        return of(candidates).closest(written);
    }

    /** A sentence fragment such as {@code ; did you mean "model"?}, or the empty string. */
    public static String didYouMean(String written, Collection<String> candidates) {
        return of(candidates).didYouMean(written);
    }

    /** Candidates prepared for many look-ups, as when every unknown name of a large repository is looked up. */
    public static Candidates of(Collection<String> candidates) {
        return new Candidates(candidates);
    }

    /**
     * Candidates with their normalised forms, indexed by form and by length: a typo is at most three edits away,
     * so only candidates of nearly the same length are compared, in their order.
     */
    public static final class Candidates {

        private final String[] originals;
        private final String[] normalised;
        private final Map<String, String> firstByForm = new HashMap<>();
        private final Map<Integer, List<Integer>> byLength = new HashMap<>();

        private Candidates(Collection<String> candidates) {
            originals = candidates.toArray(String[]::new);
            normalised = new String[originals.length];
            for (int i = 0; i < originals.length; i++) {
                normalised[i] = normalise(originals[i]);
                firstByForm.putIfAbsent(normalised[i], originals[i]);
                byLength.computeIfAbsent(normalised[i].length(), length -> new ArrayList<>()).add(i);
            }
        }

        /** The first candidate that is {@code written} but for case and separators, else the first closest one. */
        public Optional<String> closest(String written) {
            String form = normalise(written);
            String same = firstByForm.get(form);
            if (same != null) {
                return Optional.of(same);
            }
            int allowed = Math.max(1, Math.min(3, form.length() / 3));
            List<Integer> near = new ArrayList<>();
            for (int length = form.length() - allowed; length <= form.length() + allowed; length++) {
                near.addAll(byLength.getOrDefault(length, List.of()));
            }
            near.sort(null);
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (int i : near) {
                int distance = distance(form, normalised[i], Math.min(bestDistance, allowed));
                if (distance < bestDistance) {
                    best = originals[i];
                    bestDistance = distance;
                }
            }
            return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
        }

        public String didYouMean(String written) {
            return closest(written).map(s -> "; did you mean \"" + s + "\"?").orElse("");
        }
    }

    private static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    /**
     * Damerau-Levenshtein (optimal string alignment) distance when it is at most {@code limit}, else some number above
     * {@code limit}: a row depends only on the two before it, and no step lowers a distance, so once two rows in a
     * row exceed the limit every later one does. Comparing a name with thousands of others then costs a few rows each.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > Math.min(limit, 64)) {
            return Integer.MAX_VALUE;
        }
        int[] beforeLast = new int[b.length() + 1];
        int[] last = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            last[j] = j;
        }
        int lastMinimum = 0;
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            int minimum = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(last[j] + 1, row[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, beforeLast[j - 2] + 1);
                }
                row[j] = d;
                minimum = Math.min(minimum, d);
            }
            if (minimum > limit && lastMinimum > limit) {
                return Integer.MAX_VALUE;
            }
            lastMinimum = minimum;
            int[] spare = beforeLast;
            beforeLast = last;
            last = row;
            row = spare;
        }
        return last[b.length()];
    }
}
