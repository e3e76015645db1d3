package dev.agentlint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Phrases tried in order, where the first that matches wins. One pass over a text finds which of them have a start
 * word in it; only those, and the phrases without start words, are tried.
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
        boolean[] present = new boolean[phrases.size()];
        startWords.markPresent(lowerAscii, present);
        for (int i = 0; i < present.length; i++) {
            Phrase phrase = phrases.get(i);
            if (present[i] || phrase.starts().isEmpty()) {
                Optional<Matcher> match = phrase.find(text, lowerAscii);
                if (match.isPresent()) {
                    return match;
                }
            }
        }
        return Optional.empty();
    }
}
