package dev.agentlint.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Phrases tried in order, where the first that matches wins. One pass over a text finds where the start words of
 * all of them stand; each phrase is tried only there (and everywhere if it has no start words).
 */
public final class PhraseList {

    private final List<Phrase> phrases;
    private final StartWords startWords;

    public PhraseList(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        List<String> words = new ArrayList<>();
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < this.phrases.size(); i++) {
            for (String start : this.phrases.get(i).starts()) {
                words.add(start);
                ids.add(i);
            }
        }
        this.startWords = new StartWords(words, ids.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The first match of the first phrase that matches {@code text}; {@code lowerAscii} is it with A-Z lowered. */
    public Optional<Matcher> first(String text, String lowerAscii) {
        int[][] places = new int[phrases.size()][];
        int[] counts = new int[phrases.size()];
        startWords.forEach(lowerAscii, (at, phrase) -> {
            int count = counts[phrase];
            if (count > 0 && places[phrase][count - 1] == at) {
                return;
            }
            if (places[phrase] == null || count == places[phrase].length) {
                places[phrase] = places[phrase] == null ? new int[4] : Arrays.copyOf(places[phrase], count * 2);
            }
            places[phrase][count] = at;
            counts[phrase]++;
        });
        for (int i = 0; i < places.length; i++) {
            Phrase phrase = phrases.get(i);
            Matcher match = phrase.starts().isEmpty() ? phrase.find(text, lowerAscii).orElse(null)
                    : phrase.matchAt(text, places[i], counts[i]);
            if (match != null) {
                return Optional.of(match);
            }
        }
        return Optional.empty();
    }
}
