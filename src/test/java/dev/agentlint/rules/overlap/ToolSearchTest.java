package dev.agentlint.rules.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The word lookup that rules texts out before a tool's patterns run never rules out a text a pattern matches, and a
 * text prepared with the tools' first words alone finds what one prepared with all of its words would.
 */
class ToolSearchTest {

    private static final List<String> SPELLINGS = List.of("pytest-cov", "Next.js", ".NET", "C#", "vue", "Entity Framework",
            "type-check", "k6", "Dénia", "++");
    /** Neighbours that decide whole-word matches: ASCII word characters, separators, and non-ASCII letters. */
    private static final List<String> AROUND = List.of("", " ", "_", ".", "-", "3", "x", "é", "\u212A", "\u0130",
            "(", "`", "/", ",", "\n");

    @Test
    void findsWhatThePatternsFindOnRandomTexts() {
        Dictionaries.Tool tool = Dictionaries.Tool.of("tool", SPELLINGS, List.of());
        Random random = new Random(11);
        int matched = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int part = random.nextInt(4); part >= 0; part--) {
                text.append(pick(AROUND, random));
                String spelling = pick(SPELLINGS, random);
                text.append(random.nextBoolean() ? spelling : spelling.toUpperCase(java.util.Locale.ROOT));
                text.append(pick(AROUND, random));
            }
            String written = text.toString();
            Optional<Matcher> found = tool.find(everyWord(written));
            Optional<Matcher> expected = byPatternsAlone(tool, written);
            assertEquals(expected.map(Matcher::start), found.map(Matcher::start), written);
            assertEquals(expected.map(Matcher::group), found.map(Matcher::group), written);
            matched += expected.isPresent() ? 1 : 0;
        }
        assertTrue(matched > 5_000, "the texts exercise matches too: " + matched);
    }

    @Test
    void theToolsOfAllSlotsAreFoundAsTryingEveryToolWould() {
        Dictionaries dictionaries = Dictionaries.get();
        List<String> words = new java.util.ArrayList<>(List.of(" ", ", ", " and ", "(", ")", "use ", "not ", "\n"));
        dictionaries.slots().forEach(slot -> slot.tools().forEach(tool -> words.addAll(tool.words())));
        Random random = new Random(13);
        int named = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int part = random.nextInt(8); part >= 0; part--) {
                text.append(pick(words, random)).append(pick(AROUND, random));
            }
            Dictionaries.SearchText withEveryWord = everyWord(text.toString());
            List<String> expected = new java.util.ArrayList<>();
            dictionaries.slots().forEach(slot -> slot.tools().forEach(tool -> tool.find(withEveryWord)
                    .ifPresent(match -> expected.add(slot.id() + "/" + tool.name() + "@" + match.start()))));
            List<String> found = dictionaries.toolsNamedIn(dictionaries.searchText(text.toString())).stream()
                    .map(mention -> mention.slot().id() + "/" + mention.tool().name() + "@" + mention.match().start())
                    .toList();
            assertEquals(expected, found, text.toString());
            named += found.size();
        }
        assertTrue(named > 3_000, "the texts name tools: " + named);
    }

    @Test
    void aTextWhoseLowerCaseNamesAMetricMayNameOne() {
        Dictionaries dictionaries = Dictionaries.get();
        List<String> words = new java.util.ArrayList<>(List.of("lines", "85%", "files", "complex", "review", "the", "tests", "plan"));
        dictionaries.metrics().forEach(metric -> words.addAll(metric.words()));
        Random random = new Random(17);
        int named = 0;
        int ruledOut = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int part = random.nextInt(3); part >= 0; part--) {
                String word = pick(words, random);
                word = switch (random.nextInt(4)) {
                    case 0 -> word.toUpperCase(java.util.Locale.ROOT);
                    case 1 -> word.replace('k', '\u212A').replace('i', '\u0130');
                    default -> word;
                };
                text.append(pick(AROUND, random)).append(word).append(pick(AROUND, random));
            }
            String written = text.toString();
            boolean names = dictionaries.firstMetricWords(written.toLowerCase(java.util.Locale.ROOT)) != null;
            boolean may = dictionaries.mayNameMetric(written);
            assertTrue(may || !names, written);
            named += names ? 1 : 0;
            ruledOut += may ? 0 : 1;
        }
        assertTrue(named > 1_000 && ruledOut > 100, "texts that name metrics and texts ruled out: " + named + ", "
                + ruledOut);
    }

    /** A text searched with all of its words, each run of ASCII letters and digits in lower case. */
    private static Dictionaries.SearchText everyWord(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String word : text.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new Dictionaries.SearchText(text, words);
    }

    private static Optional<Matcher> byPatternsAlone(Dictionaries.Tool tool, String text) {
        for (var pattern : tool.patterns()) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
