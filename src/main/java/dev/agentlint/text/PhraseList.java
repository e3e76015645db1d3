package dev.agentlint.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Phrases looked for in the same texts. One pass over a text finds where the start words of all of them stand;
 * each phrase is then tried only there (and everywhere if it has no start words).
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

    /** Finds where the start words of every phrase stand in {@code text}, in one pass, for the questions after it. */
    public Scan scan(String text) {
        return new Scan(text);
    }

    /** One text, and where the start words of each phrase stand in it. */
    public final class Scan {

        private final String text;
        private final int[][] places = new int[phrases.size()][];
        private final int[] counts = new int[phrases.size()];

        private Scan(String text) {
            this.text = text;
            startWords.forEach(text, this::add);
        }

        private void add(int at, int phrase) {
            int count = counts[phrase];
            if (count > 0 && places[phrase][count - 1] == at) {
                return;
            }
            if (places[phrase] == null || count == places[phrase].length) {
                places[phrase] = places[phrase] == null ? new int[4] : Arrays.copyOf(places[phrase], count * 2);
            }
            places[phrase][count] = at;
            counts[phrase]++;
        }

        /** The first match of phrase {@code index}, or null. */
        public Matcher match(int index) {
            Phrase phrase = phrases.get(index);
            return phrase.starts().isEmpty() ? phrase.find(text).orElse(null)
                    : phrase.matchAt(text, places[index], counts[index]);
        }

        /** The first match of the first phrase from {@code from} (inclusive) to {@code to} that matches, or null. */
        public Matcher first(int from, int to) {
            for (int i = from; i < to; i++) {
                Matcher match = match(i);
                if (match != null) {
                    return match;
                }
            }
            return null;
        }
    }
}
