package dev.agentlint.rules.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordsTest {

    /** Words, stop words, numbers and the characters that join or split words, Greek capitals for final sigma. */
    private static final String[] PIECES = {"Implements", "implementation", "the", "API", "ci/cd", "models/services",
        "Node.js", "C#", "C++", "e.g.", "3.14", "x", "ΟΔΟΣ", "Σ", "İstanbul", "it's", "-", ".", "'", "/", " ", "\n",
        "\n\n", ",", "reviewer", "reviews", "Reviewing", "pre-commit", "a.b"};

    @Test
    void stemmedWordsGiveTheSameKeysAsTheText() {
        Random random = new Random(31);
        for (int round = 0; round < 3000; round++) {
            String text = randomText(random);
            Words.Stemmed stemmed = Words.Stemmed.of(text);
            assertEquals(Words.keys(text), stemmed.keys(), text);
            assertEquals(Words.split(text).stream().map(Words::stem).toList(), stemmed.stems(), text);
        }
    }

    /** What the profile builder relies on when it keeps the keys of its parts instead of joining them first. */
    @Test
    void theKeysOfTextsJoinedByLineBreaksAreTheKeysOfEach() {
        Random random = new Random(37);
        for (int round = 0; round < 3000; round++) {
            List<String> parts = new ArrayList<>();
            List<String> keysOfEach = new ArrayList<>();
            for (int i = random.nextInt(4); i >= 0; i--) {
                String part = randomText(random);
                parts.add(part);
                keysOfEach.addAll(Words.keys(part));
            }
            String joined = String.join("\n", parts);
            assertEquals(Words.keys(joined), keysOfEach, joined);
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(10); i > 0; i--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextBoolean()) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
