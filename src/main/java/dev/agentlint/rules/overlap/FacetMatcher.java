package dev.agentlint.rules.overlap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the action, domain and technology facets a text names, through the dictionaries of {@code facets.yaml}. */
final class FacetMatcher {

    /**
     * A phrase of a facet: its words (stems, or exact tokens for technologies), the facet id, and whether the facet
     * is an action (else a domain or a technology).
     */
    private record Phrase(List<String> words, String facet, boolean action) {
    }

    /** Action and domain phrases by their first stem, the actions first: one look-up per stem serves both. */
    private final Map<String, List<Phrase>> actionsAndDomains = new HashMap<>();
    private final Map<String, List<Phrase>> technologies = new HashMap<>();
    /** What the first words of technologies begin with: most tokens are ruled out without being made a string. */
    private final TokenStarts technologyStarts;
    private final Set<String> guarded;
    private final Map<String, List<String>> implied;

    private FacetMatcher(Dictionaries dictionaries) {
        index(dictionaries.actions(), true, actionsAndDomains);
        index(dictionaries.domains(), false, actionsAndDomains);
        index(dictionaries.technologies(), false, technologies);
        technologyStarts = new TokenStarts(technologies.keySet());
        guarded = dictionaries.guarded();
        implied = dictionaries.technologyDomains();
    }

    private static final class Holder {
        static final FacetMatcher INSTANCE = new FacetMatcher(Dictionaries.get());
    }

    static FacetMatcher get() {
        return Holder.INSTANCE;
    }

    /** The facets a text names, by kind. */
    record Found(Set<String> actions, Set<String> domains, Set<String> technologies) {

        boolean isEmpty() {
            return actions.isEmpty() && domains.isEmpty() && technologies.isEmpty();
        }
    }

    Found find(String text) {
        return find(text, Words.Stemmed.of(text).stems());
    }

    /** The facets a text names, given the stems of its words. */
    Found find(String text, List<String> stems) {
        Set<String> foundActions = new LinkedHashSet<>();
        Set<String> foundDomains = new LinkedHashSet<>();
        matchActionsAndDomains(stems, foundActions, foundDomains);
        CaseTokens.Spans tokens = CaseTokens.spans(text);
        Set<String> foundTech = new LinkedHashSet<>();
        for (int i = 0; i < tokens.count(); i++) {
            if (!technologyStarts.mayBegin(text, tokens.starts()[i], tokens.length(i))) {
                continue;
            }
            String token = text.substring(tokens.starts()[i], tokens.ends()[i]);
            List<Phrase> candidates = technologies.get(token);
            if (candidates == null) {
                continue;
            }
            for (Phrase phrase : candidates) {
                if (matchesAt(text, tokens, i, phrase.words())
                        && !(phrase.words().size() == 1 && guarded.contains(token) && tokens.sentenceStarts()[i])) {
                    foundTech.add(phrase.facet());
                }
            }
        }
        for (String tech : foundTech) {
            foundDomains.addAll(implied.getOrDefault(tech, List.of()));
        }
        return new Found(foundActions, foundDomains, foundTech);
    }

    private void matchActionsAndDomains(List<String> stems, Set<String> foundActions, Set<String> foundDomains) {
        for (int i = 0; i < stems.size(); i++) {
            List<Phrase> candidates = actionsAndDomains.get(stems.get(i));
            if (candidates != null) {
                for (Phrase phrase : candidates) {
                    if (matchesAt(stems, i, phrase.words())) {
                        (phrase.action() ? foundActions : foundDomains).add(phrase.facet());
                    }
                }
            }
        }
    }

    private static boolean matchesAt(String text, CaseTokens.Spans tokens, int at, List<String> phrase) {
        if (at + phrase.size() > tokens.count()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            String word = phrase.get(k);
            if (tokens.length(at + k) != word.length()
                    || !text.regionMatches(tokens.starts()[at + k], word, 0, word.length())) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesAt(List<String> words, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!words.get(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first two characters (a non-ASCII one, or none, as 0) and the length (up to 63) of a set of words, as
     * bits: a token whose bits are not set is none of the words.
     */
    private static final class TokenStarts {

        private static final int ASCII = 128;
        private final long[] pairs = new long[ASCII * ASCII / Long.SIZE];
        private long lengths;

        TokenStarts(Set<String> words) {
            for (String word : words) {
                int pair = pair(word, 0, word.length());
                pairs[pair >>> 6] |= 1L << pair;
                lengths |= 1L << Math.min(word.length(), 63);
            }
        }

        boolean mayBegin(String text, int start, int length) {
            int pair = pair(text, start, length);
            return (lengths & 1L << Math.min(length, 63)) != 0 && (pairs[pair >>> 6] & 1L << pair) != 0;
        }

        private static int pair(String text, int start, int length) {
            char first = text.charAt(start);
            char second = length > 1 ? text.charAt(start + 1) : 0;
            return (first < ASCII ? first : 0) * ASCII + (second < ASCII ? second : 0);
        }
    }

    private static void index(Map<String, List<List<String>>> dictionary, boolean actions,
            Map<String, List<Phrase>> index) {
        dictionary.forEach((facet, phrases) -> {
            for (List<String> words : phrases) {
                index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, facet, actions));
            }
        });
    }
}
