package dev.agentlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class PhraseTest {

    @Test
    void theStartOfAMatchIsReadOffTheFirstWordOrGroup() {
        assertEquals(Optional.of(List.of("report")), Phrase.startsOf("\\breport\\s+back\\b"));
        assertEquals(Optional.of(List.of("return", "output")), Phrase.startsOf("\\b(return|output)\\s+(only|just)\\b"));
        assertEquals(Optional.of(List.of("you", "always")), Phrase.startsOf("\\b(you\\s+will|always)\\s+output"));
        assertEquals(Optional.of(List.of("summari", "a")), Phrase.startsOf("\\b(summari[sz]e|a\\s+summary)\\b"));
        assertEquals(Optional.of(List.of("in", "finally")), Phrase.startsOf("\\bin\\s+the\\s+end|\\bfinally\\b"));
        assertEquals(Optional.of(List.of("colo")), Phrase.startsOf("colou?r"));
        assertEquals(Optional.of(List.of("not", "don", "\u274c")), Phrase.startsOf("(?i)(\\bnot\\b|\\bdon'?t\\b|\u274c)"));
    }

    @Test
    void patternsWithoutAPlainStartAreAlwaysTried() {
        assertEquals(Optional.empty(), Phrase.startsOf("(a|b)?c"));
        assertEquals(Optional.empty(), Phrase.startsOf("(?<!x)report"));
        assertEquals(Optional.empty(), Phrase.startsOf("\\w+ report"));
        assertEquals(Optional.empty(), Phrase.startsOf("report|[a-z]+ back"));
        Phrase any = Phrase.of("\\w+ back");
        assertTrue(any.find("report back").isPresent());
    }

    @Test
    void aTextWithoutTheStartingWordsIsNotMatched() {
        Phrase phrase = Phrase.of("\\b(return|output)\\s+only\\b");
        assertTrue(phrase.find("Always RETURN only JSON.").isPresent());
        assertFalse(phrase.find("Write the tests first.").isPresent());
    }

    @Test
    void theFirstMatchIsFoundWhicheverStartWordItBeginsWith() {
        Phrase phrase = Phrase.of("\\b(output|return)\\s+only\\b");
        String text = "Output JSON; return only the list, then output only totals.";
        assertEquals(13, phrase.find(text).orElseThrow().start());
        Phrase sharedStart = Phrase.of("\\b(re|return)(port)?\\s+back\\b");
        String written = "Return and report back";
        assertEquals("report back", sharedStart.find(written).orElseThrow().group());
    }

    @Test
    void findsEveryMatchInOrderAsTheMatcherDoes() {
        Phrase phrase = Phrase.of("(?i)\\b(?:use|hand(?:\\s+\\w+){0,3}?\\s+to)\\s+(?:the\\s+)?`?([a-z][a-z-]*)");
        String text = "Use the `debugger`, then HAND the plan to code-reviewer; reuse nothing. Use linter";
        var expected = phrase.pattern().matcher(text).results().map(m -> m.start() + ":" + m.group(1)).toList();
        var found = phrase.findAll(text).stream().map(m -> m.start() + ":" + m.group(1))
                .toList();
        assertEquals(List.of("0:debugger", "25:code-reviewer", "72:linter"), found);
        assertEquals(expected, found);
    }

    @Test
    void findsWhatTheMatcherFindsOnRandomTexts() {
        List<Phrase> phrases = List.of(
                Phrase.of("(?i)\\b(?:use|hand(?:\\s+\\w+){0,3}?\\s+to)\\s+(?:the\\s+)?`?([a-z][a-z-]*)"),
                Phrase.of("(?i)(\\bnot\\b|\\bnever\\b|\\bdo not\\b|\u274c)"),
                Phrase.of("(?i)(?:report|re)\\w*"));
        String[] pieces = {"use", "USE", "reuse", " ", "the ", "`", "hand", " it", " to", " not", "Never", "\u274c",
            "do not", "Report", "re", "x-y", "\n", ".", "\u0130", "\u212a"};
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            for (Phrase phrase : phrases) {
                var expected = phrase.pattern().matcher(text).results().map(m -> m.start() + ":" + m.group()).toList();
                var found = phrase.findAll(text.toString()).stream().map(m -> m.start() + ":" + m.group()).toList();
                assertEquals(expected, found, phrase.pattern() + " in " + text);
                assertEquals(expected.stream().findFirst(), phrase.find(text.toString())
                        .map(m -> m.start() + ":" + m.group()), phrase.pattern() + " in " + text);
            }
        }
    }

    @Test
    void startWordsAreFoundWhereTheFirstOfThemStandsInAnyCaseOnRandomTexts() {
        List<String> words = List.of("re", "report", "a", "in", "\u274c", "you will", "s\u00e9", "x\u00e9");
        String[] pieces = {"re", "port", "a", "in", " ", "you", " will", "\u274c", "\u00e9", "s", "x", "\n", "b",
            "RE", "Port", "A", "IN", "You", " WILL", "\u00c9", "S", "X", "\u212a", "\u0130n"};
        StartWords startWords = new StartWords(words, new int[words.size()]);
        Random random = new Random(5);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            int from = random.nextInt(text.length() + 2) - 1;
            String lower = Ascii.lowerCase(text.toString());
            int expected = words.stream().mapToInt(w -> lower.indexOf(w, Math.max(from, 0))).filter(at -> at >= 0)
                    .min().orElse(-1);
            assertEquals(expected, startWords.next(text.toString(), from), text + " from " + from);
        }
    }

    @Test
    void startWordsTellEveryPlaceOfEveryWordInOrderOfPlaceThenOfTheWords() {
        List<String> words = List.of("re", "report", "r", "rep", "a", "in", "\u274c", "you will", "s\u00e9", "x\u00e9",
                "s", "report", "\u00e9t\u00e9", "\u00e9");
        String[] pieces = {"re", "port", "a", "in", " ", "you", " will", "\u274c", "\u00e9", "s", "x", "\n", "b", "t",
            "RE", "Port", "A", "IN", "You", " WILL", "\u00c9", "S", "X", "\u212a", "\u0130n"};
        int[] ids = IntStream.range(0, words.size()).toArray();
        StartWords startWords = new StartWords(words, ids);
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String lower = Ascii.lowerCase(text.toString());
            List<String> expected = new ArrayList<>();
            for (int at = 0; at < lower.length(); at++) {
                for (int id : ids) {
                    if (lower.startsWith(words.get(id), at)) {
                        expected.add(at + ":" + id);
                    }
                }
            }
            List<String> told = new ArrayList<>();
            startWords.forEach(text.toString(), (at, id) -> told.add(at + ":" + id));
            assertEquals(expected, told, text::toString);
        }
    }

    @Test
    void startWordsMustBeLowerCase() {
        assertThrows(IllegalArgumentException.class, () -> new StartWords(List.of("report", "Back"), new int[2]));
        assertThrows(IllegalArgumentException.class, () -> new StartWords(List.of(""), new int[1]));
    }

    @Test
    void aPhraseListFindsWhatEachPhraseFindsAndTheFirstThatMatchesAsTryingEachInTurnWould() throws IOException {
        List<Phrase> phrases = contractPhrases();
        PhraseList list = new PhraseList(phrases);
        List<String> words = new ArrayList<>(List.of("the", "your", "final", "report", "json", "output", "only",
                "back", "to", "user", "when", "done", ",", ".", "\n", "summary", "in", "markdown", "list"));
        phrases.forEach(p -> words.addAll(p.starts()));
        Random random = new Random(9);
        int matched = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(words.get(random.nextInt(words.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String written = text.toString();
            Optional<String> expected = phrases.stream().map(p -> p.pattern().matcher(written))
                    .filter(java.util.regex.Matcher::find).map(m -> m.start() + ":" + m.group()).findFirst();
            PhraseList.Scan scan = list.scan(written);
            Optional<String> found = Optional.ofNullable(scan.first(0, phrases.size()))
                    .map(m -> m.start() + ":" + m.group());
            assertEquals(expected, found, written);
            matched += found.isPresent() ? 1 : 0;
            for (int i = 0; i < phrases.size(); i++) {
                assertEquals(phrases.get(i).find(written).map(m -> m.start() + ":" + m.group()),
                        Optional.ofNullable(scan.match(i)).map(m -> m.start() + ":" + m.group()), written);
            }
        }
        assertTrue(matched > 100, "the random texts match now and then: " + matched);
    }

    private static List<Phrase> contractPhrases() throws IOException {
        List<Phrase> phrases = new ArrayList<>();
        try (InputStream in = Phrase.class.getResourceAsStream("/dev/agentlint/rules/data/output-contract.yaml")) {
            Map<?, ?> data = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
            for (String key : List.of("weak-phrases", "example-phrases")) {
                ((List<?>) data.get(key)).forEach(p -> phrases.add(Phrase.of(String.valueOf(p))));
            }
            for (String key : List.of("format-introducer", "deliverable-lead")) {
                phrases.add(Phrase.of(String.valueOf(data.get(key)).strip()));
            }
        }
        return phrases;
    }

    /** The shortcut never hides a match: every line of the fixtures that a phrase matches passes its check. */
    @Test
    void theShortcutAgreesWithThePatternOnEveryFixtureLine() throws IOException {
        List<Phrase> phrases = contractPhrases();
        assertTrue(phrases.stream().filter(p -> !p.starts().isEmpty()).count() >= phrases.size() - 2,
                "nearly every phrase has a known start");
        int matched = 0;
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                for (String line : new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n")) {
                    for (Phrase phrase : phrases) {
                        if (phrase.pattern().matcher(line).find()) {
                            matched++;
                            var expected = phrase.pattern().matcher(line);
                            expected.find();
                            var shortcut = phrase.find(line);
                            assertTrue(shortcut.isPresent(), phrase.pattern() + " on " + line);
                            assertEquals(expected.start(), shortcut.get().start(), line);
                            assertEquals(expected.group(), shortcut.get().group(), line);
                            assertEquals(phrase.pattern().matcher(line).results().map(MatchResult::group).toList(),
                                    phrase.findAll(line).stream().map(MatchResult::group).toList(), line);
                        }
                    }
                }
            }
        }
        assertTrue(matched > 20, "the fixtures exercise the phrases: " + matched);
    }
}
