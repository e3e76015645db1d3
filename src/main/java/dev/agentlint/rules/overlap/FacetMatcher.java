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
    private final Set<String> guarded;
    private final Map<String, List<String>> implied;

    private FacetMatcher(Dictionaries dictionaries) {
        index(dictionaries.actions(), true, actionsAndDomains);
        index(dictionaries.domains(), false, actionsAndDomains);
        index(dictionaries.technologies(), false, technologies);
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
        List<CaseTokens.Token> tokens = CaseTokens.of(text);
        List<String> exact = new ArrayList<>(tokens.size());
        for (CaseTokens.Token token : tokens) {
            exact.add(token.text());
        }
        Set<String> foundTech = new LinkedHashSet<>();
        for (int i = 0; i < exact.size(); i++) {
            List<Phrase> candidates = technologies.get(exact.get(i));
            if (candidates == null) {
                continue;
            }
            for (Phrase phrase : candidates) {
                if (matchesAt(exact, i, phrase.words())
                        && !(phrase.words().size() == 1 && guarded.contains(exact.get(i))
                        && tokens.get(i).sentenceStart())) {
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

    private static void index(Map<String, List<List<String>>> dictionary, boolean actions,
            Map<String, List<Phrase>> index) {
        dictionary.forEach((facet, phrases) -> {
            for (List<String> words : phrases) {
                index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, facet, actions));
            }
        });
    }
}
