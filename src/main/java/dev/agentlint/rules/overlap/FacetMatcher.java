package dev.agentlint.rules.overlap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the action, domain and technology facets a text names, through the dictionaries of {@code facets.yaml}. */
final class FacetMatcher {

    /** A phrase of a facet: its words (stems, or exact tokens for technologies) and the facet id. */
    private record Phrase(List<String> words, String facet) {
    }

    private final Map<String, List<Phrase>> actions;
    private final Map<String, List<Phrase>> domains;
    private final Map<String, List<Phrase>> technologies;
    private final Set<String> guarded;
    private final Map<String, List<String>> implied;

    private FacetMatcher(Dictionaries dictionaries) {
        actions = index(dictionaries.actions());
        domains = index(dictionaries.domains());
        technologies = index(dictionaries.technologies());
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
        Set<String> foundActions = match(stems, actions);
        Set<String> foundDomains = match(stems, domains);
        List<CaseTokens.Token> tokens = CaseTokens.of(text);
        List<String> exact = tokens.stream().map(CaseTokens.Token::text).toList();
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

    private static Set<String> match(List<String> words, Map<String, List<Phrase>> index) {
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            List<Phrase> candidates = index.get(words.get(i));
            if (candidates != null) {
                for (Phrase phrase : candidates) {
                    if (matchesAt(words, i, phrase.words())) {
                        found.add(phrase.facet());
                    }
                }
            }
        }
        return found;
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

    private static Map<String, List<Phrase>> index(Map<String, List<List<String>>> dictionary) {
        Map<String, List<Phrase>> index = new HashMap<>();
        dictionary.forEach((facet, phrases) -> {
            for (List<String> words : phrases) {
                index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Phrase(words, facet));
            }
        });
        return index;
    }
}
