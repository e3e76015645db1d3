package dev.agentlint.rules.overlap;

import dev.agentlint.data.BundledData;
import dev.agentlint.text.Ascii;
import dev.agentlint.text.StartWords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The reviewed data files of the overlap rules: facet dictionaries ({@code facets.yaml}) and policy dictionaries
 * ({@code policies.yaml}) under {@code dev/agentlint/rules/overlap/}. Loaded once, shared read-only by every thread.
 */
public final class Dictionaries {

    private static final String DIRECTORY = "/dev/agentlint/rules/overlap/";

    /**
     * A text searched for tool names, prepared once for all tools (see {@link #searchText}): as written, in lower
     * case, and those of its words that begin a tool's spelling, each a whole run of ASCII letters and digits in
     * lower case. The lower-case text is made when a tool is first looked for: most texts name none.
     */
    public static final class SearchText {

        private final String text;
        private final Set<String> words;
        private String lower;

        public SearchText(String text, Set<String> words) {
            this.text = text;
            this.words = words;
        }

        public String text() {
            return text;
        }

        public Set<String> words() {
            return words;
        }

        String lower() {
            if (lower == null) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            return lower;
        }
    }

    /**
     * A tool that fills a slot, with the spellings that name it in prose and in code.
     *
     * @param lowered the spellings in lower case, to rule texts out cheaply
     * @param firstWords the first ASCII word of each spelling ("pytest" of "pytest-cov"), empty when it has none: a
     *     whole-word match of the spelling has that word among the text's words, which rules most texts out with
     *     one lookup
     * @param patterns the spellings as whole words in any case, in the order of {@code words}
     */
    public record Tool(String name, List<String> words, List<String> code, List<String> lowered,
            List<String> firstWords, List<Pattern> patterns) {

        static Tool of(String name, List<String> words, List<String> code) {
            List<Pattern> patterns = words.stream().map(w -> Pattern.compile("(?i)(?<![\\w.-])" + Pattern.quote(w)
                    + "(?![\\w-])")).toList();
            List<String> firstWords = words.stream().map(w -> asciiWords(w, new ArrayList<>()).stream().findFirst().orElse(""))
                    .toList();
            return new Tool(name, words, code, words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(),
                    firstWords, patterns);
        }

        /** Where a text first names the tool by one of its spellings, tried in order. */
        public Optional<Matcher> find(SearchText text) {
            for (int i = 0; i < words.size(); i++) {
                String first = firstWords.get(i);
                if ((first.isEmpty() || text.words().contains(first)) && text.lower().contains(lowered.get(i))) {
                    Matcher matcher = patterns.get(i).matcher(text.text());
                    if (matcher.find()) {
                        return Optional.of(matcher);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** A text prepared to be searched for the tools of every slot. */
    public SearchText searchText(String text) {
        return new SearchText(text, toolIndex.firstWordsIn(text));
    }

    /** Adds the runs of ASCII letters and digits of a text, in lower case and in order, to {@code words}. */
    private static <C extends java.util.Collection<String>> C asciiWords(String text, C words) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean part = asciiWordChar(c);
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                words.add(Ascii.lowerCase(text, start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean asciiWordChar(char c) {
        return c < 128 && Ascii.isLetterOrDigit(c);
    }

    /** Where a text names a tool of a slot. */
    public record ToolMention(Slot slot, Tool tool, Matcher match) {
    }

    /** A job a project does with one tool. */
    public record Slot(String id, String name, List<Tool> tools) {
    }

    /** How a command line starts when it runs a tool of a slot ("pytest ", "import pytest"). */
    public record CodeSpelling(Slot slot, Tool tool, String code) {
    }

    /** A measure agents set thresholds on. */
    public record Metric(String id, String name, List<String> words, Set<String> not, List<Pattern> near,
            String unit, int min,
            int max) {
    }

    /** Something one agent may forbid and another require. */
    public record Topic(String id, String name, Set<String> words, Set<String> actions) {
    }

    private final Map<String, List<List<String>>> actions;
    private final Map<String, List<List<String>>> domains;
    private final Map<String, List<List<String>>> technologies;
    private final Set<String> guarded;
    private final Map<String, List<String>> technologyDomains;
    private final List<Slot> slots;
    private final CodeSpellings codeSpellings;
    private final List<Metric> metrics;
    private final List<Topic> topics;
    private final ToolIndex toolIndex;
    /** The words of every metric, found in one pass; ids count them in the order of the metrics and their words. */
    private final StartWords metricWords;
    private final int metricWordCount;

    private Dictionaries() {
        Map<String, Object> facets = load("facets.yaml");
        actions = stemmedPhrases(map(facets.get("actions")));
        domains = stemmedPhrases(map(facets.get("domains")));
        technologies = exactPhrases(map(facets.get("technologies")));
        guarded = Set.copyOf(strings(facets.get("guarded"), true));
        Map<String, List<String>> implied = new LinkedHashMap<>();
        map(facets.get("technology-domains")).forEach((tech, domains) -> implied.put(tech,
                List.copyOf(strings(domains, false))));
        technologyDomains = Collections.unmodifiableMap(implied);
        Map<String, Object> policies = load("policies.yaml");
        slots = slots(map(policies.get("slots")));
        List<CodeSpelling> spellings = new ArrayList<>();
        for (Slot slot : slots) {
            for (Tool tool : slot.tools()) {
                tool.code().forEach(code -> spellings.add(new CodeSpelling(slot, tool, code)));
            }
        }
        codeSpellings = CodeSpellings.of(spellings);
        toolIndex = ToolIndex.of(slots);
        metrics = metrics(map(policies.get("metrics")));
        topics = topics(map(policies.get("topics")));
        List<String> words = metrics.stream().flatMap(metric -> metric.words().stream()).toList();
        metricWords = new StartWords(words, IntStream.range(0, words.size()).toArray());
        metricWordCount = words.size();
    }

    private static final class Holder {
        static final Dictionaries INSTANCE = new Dictionaries();
    }

    public static Dictionaries get() {
        return Holder.INSTANCE;
    }

    /** Action facet id to its phrases, each a sequence of word stems. */
    public Map<String, List<List<String>>> actions() {
        return actions;
    }

    /** Domain facet id to its phrases, each a sequence of word stems. */
    public Map<String, List<List<String>>> domains() {
        return domains;
    }

    /** Canonical technology name to its spellings, each a sequence of exact tokens. */
    public Map<String, List<List<String>>> technologies() {
        return technologies;
    }

    /** Spellings that are ordinary words at the start of a sentence. */
    public Set<String> guarded() {
        return guarded;
    }

    /** The domains a technology implies ("FastAPI": backend, api). */
    public Map<String, List<String>> technologyDomains() {
        return technologyDomains;
    }

    public List<Slot> slots() {
        return slots;
    }

    /**
     * Where a text names the tools of the slots, in the order of the slots and their tools. Only the tools that
     * have a spelling whose first word is among the text's words (or a spelling without one) are looked for.
     */
    public List<ToolMention> toolsNamedIn(SearchText text) {
        boolean[] candidate = toolIndex.candidates(text.words());
        List<ToolMention> found = new ArrayList<>();
        int place = 0;
        for (int s = 0; s < slots.size(); s++) {
            Slot slot = slots.get(s);
            List<Tool> tools = slot.tools();
            for (int t = 0; t < tools.size(); t++) {
                if (candidate[place++]) {
                    Tool tool = tools.get(t);
                    tool.find(text).ifPresent(match -> found.add(new ToolMention(slot, tool, match)));
                }
            }
        }
        return found;
    }

    /**
     * The tools of every slot, numbered in the order of the slots and their tools, by the first ASCII word of their
     * spellings; those with a spelling that has none are looked for in every text.
     */
    private record ToolIndex(Map<String, int[]> byFirstWord, int[] withoutFirstWord, int count, List<String> firstWords,
            StartWords firstWordStarts) {

        static ToolIndex of(List<Slot> slots) {
            Map<String, int[]> byFirstWord = new LinkedHashMap<>();
            List<Integer> withoutFirstWord = new ArrayList<>();
            int place = 0;
            for (Tool tool : slots.stream().flatMap(slot -> slot.tools().stream()).toList()) {
                for (String first : new LinkedHashSet<>(tool.firstWords())) {
                    if (first.isEmpty()) {
                        withoutFirstWord.add(place);
                    } else {
                        byFirstWord.merge(first, new int[] {place}, ToolIndex::concat);
                    }
                }
                place++;
            }
            List<String> firstWords = List.copyOf(byFirstWord.keySet());
            return new ToolIndex(byFirstWord, withoutFirstWord.stream().mapToInt(Integer::intValue).toArray(), place,
                    firstWords, new StartWords(firstWords, IntStream.range(0, firstWords.size()).toArray()));
        }

        /**
         * The first words of spellings that a text has as whole words, found in one pass: most texts have none, and
         * the text's other words are never made into strings.
         */
        Set<String> firstWordsIn(String text) {
            Set<String> found = new HashSet<>();
            firstWordStarts.forEach(text, (at, id) -> {
                String word = firstWords.get(id);
                int end = at + word.length();
                if ((at == 0 || !asciiWordChar(text.charAt(at - 1)))
                        && (end == text.length() || !asciiWordChar(text.charAt(end)))) {
                    found.add(word);
                }
            });
            return found;
        }

        /** Which tools, by number, a text with these words may name. */
        boolean[] candidates(Set<String> words) {
            boolean[] candidate = new boolean[count];
            for (String word : words) {
                int[] places = byFirstWord.get(word);
                for (int i = 0; places != null && i < places.length; i++) {
                    candidate[places[i]] = true;
                }
            }
            for (int place : withoutFirstWord) {
                candidate[place] = true;
            }
            return candidate;
        }

        private static int[] concat(int[] a, int[] b) {
            int[] both = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }
    }

    /**
     * The code spellings of every slot's tools that a code line runs ({@code pytest -q}, {@code $ ruff check}, a
     * line with {@code import pytest}), in the order of the slots and tools.
     */
    public List<CodeSpelling> codeSpellingsRunBy(String line) {
        return codeSpellings.runBy(line);
    }

    /**
     * The code spellings by their first character: a line is tried only on those it can start with, and on those
     * that may stand anywhere in it.
     */
    private record CodeSpellings(List<CodeSpelling> all, Map<Character, int[]> byFirst, int[] anywhere) {

        private static final int[] NONE = {};

        static CodeSpellings of(List<CodeSpelling> spellings) {
            Map<Character, List<Integer>> byFirst = new HashMap<>();
            List<Integer> anywhere = new ArrayList<>();
            for (int i = 0; i < spellings.size(); i++) {
                String code = spellings.get(i).code();
                if (code.isEmpty() || code.startsWith("import")) {
                    anywhere.add(i);
                }
                if (!code.isEmpty()) {
                    byFirst.computeIfAbsent(code.charAt(0), c -> new ArrayList<>()).add(i);
                }
            }
            Map<Character, int[]> indexed = new HashMap<>();
            byFirst.forEach((first, ids) -> indexed.put(first, ids.stream().mapToInt(Integer::intValue).toArray()));
            return new CodeSpellings(List.copyOf(spellings), Map.copyOf(indexed),
                    anywhere.stream().mapToInt(Integer::intValue).toArray());
        }

        List<CodeSpelling> runBy(String line) {
            int[] first = line.isEmpty() ? NONE : byFirst.getOrDefault(line.charAt(0), NONE);
            int[] afterPrompt = line.startsWith("$ ") && line.length() > 2
                    ? byFirst.getOrDefault(line.charAt(2), NONE) : NONE;
            int[] tried = new int[first.length + afterPrompt.length + anywhere.length];
            System.arraycopy(first, 0, tried, 0, first.length);
            System.arraycopy(afterPrompt, 0, tried, first.length, afterPrompt.length);
            System.arraycopy(anywhere, 0, tried, first.length + afterPrompt.length, anywhere.length);
            Arrays.sort(tried);
            List<CodeSpelling> run = new ArrayList<>();
            for (int i = 0; i < tried.length; i++) {
                CodeSpelling spelling = all.get(tried[i]);
                if ((i == 0 || tried[i] != tried[i - 1]) && runs(spelling.code(), line)) {
                    run.add(spelling);
                }
            }
            return run;
        }

        private static boolean runs(String code, String line) {
            return line.startsWith(code) || line.startsWith("$ ") && line.startsWith(code, 2)
                    || code.startsWith("import") && line.contains(code);
        }
    }

    public List<Metric> metrics() {
        return metrics;
    }

    /**
     * Whether {@code text} may name a metric: a metric word stands in it with A-Z read as a-z, or it holds a
     * character whose lower case is ASCII (İ, the Kelvin sign), which only its lower-case copy reads right.
     */
    public boolean mayNameMetric(String text) {
        return metricWords.next(text, 0) >= 0 || text.indexOf('\u0130') >= 0 || text.indexOf('\u212A') >= 0;
    }

    /**
     * Where each metric word first stands in {@code lower} (-1 where it does not), in the order of the metrics and
     * their words; null when none does, as in most texts.
     */
    public int[] firstMetricWords(String lower) {
        int[][] first = new int[1][];
        metricWords.forEach(lower, (at, id) -> {
            if (first[0] == null) {
                first[0] = new int[metricWordCount];
                Arrays.fill(first[0], -1);
            }
            if (first[0][id] < 0) {
                first[0][id] = at;
            }
        });
        return first[0];
    }

    public List<Topic> topics() {
        return topics;
    }

    private static Map<String, List<List<String>>> stemmedPhrases(Map<String, Object> raw) {
        Map<String, List<List<String>>> result = new LinkedHashMap<>();
        raw.forEach((id, phrases) -> {
            List<List<String>> stemmed = new ArrayList<>();
            for (String phrase : strings(phrases, false)) {
                List<String> words = Words.split(phrase).stream().map(Words::stem).toList();
                if (!words.isEmpty()) {
                    stemmed.add(words);
                }
            }
            result.put(id, List.copyOf(stemmed));
        });
        return Collections.unmodifiableMap(result);
    }

    private static Map<String, List<List<String>>> exactPhrases(Map<String, Object> raw) {
        Map<String, List<List<String>>> result = new LinkedHashMap<>();
        raw.forEach((id, phrases) -> {
            List<List<String>> exact = new ArrayList<>();
            for (String phrase : strings(phrases, true)) {
                List<String> tokens = CaseTokens.of(phrase).stream().map(CaseTokens.Token::text).toList();
                if (!tokens.isEmpty()) {
                    exact.add(tokens);
                }
            }
            result.put(id, List.copyOf(exact));
        });
        return Collections.unmodifiableMap(result);
    }

    private static List<Slot> slots(Map<String, Object> raw) {
        List<Slot> result = new ArrayList<>();
        raw.forEach((id, value) -> {
            Map<String, Object> slot = map(value);
            List<Tool> tools = new ArrayList<>();
            map(slot.get("tools")).forEach((name, spec) -> {
                Map<String, Object> tool = map(spec);
                tools.add(Tool.of(name, strings(tool.get("words"), false), strings(tool.get("code"), true)));
            });
            result.add(new Slot(id, String.valueOf(slot.get("name")), List.copyOf(tools)));
        });
        return List.copyOf(result);
    }

    private static List<Metric> metrics(Map<String, Object> raw) {
        List<Metric> result = new ArrayList<>();
        raw.forEach((id, value) -> {
            Map<String, Object> metric = map(value);
            List<String> range = strings(metric.get("range"), true);
            result.add(new Metric(id, String.valueOf(metric.get("name")), strings(metric.get("words"), false),
                    Set.copyOf(strings(metric.get("not"), false)), strings(metric.get("near"), false).stream()
                            .map(w -> Pattern.compile("(?<![\\w-])" + Pattern.quote(w) + "(?![\\w-])")).toList(),
                    String.valueOf(metric.getOrDefault("unit", "")),
                    Integer.parseInt(range.get(0)), Integer.parseInt(range.get(1))));
        });
        return List.copyOf(result);
    }

    private static List<Topic> topics(Map<String, Object> raw) {
        List<Topic> result = new ArrayList<>();
        raw.forEach((id, value) -> {
            Map<String, Object> topic = map(value);
            result.add(new Topic(id, String.valueOf(topic.get("name")),
                    new LinkedHashSet<>(strings(topic.get("words"), false)),
                    new LinkedHashSet<>(strings(topic.get("actions"), false))));
        });
        return List.copyOf(result);
    }

    private static Map<String, Object> load(String name) {
        return map(BundledData.load(DIRECTORY + name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> raw) {
            ((Map<Object, Object>) raw).forEach((k, v) -> result.put(String.valueOf(k), v));
        }
        return result;
    }

    private static List<String> strings(Object value, boolean keepCase) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null) {
                    String text = item.toString().strip();
                    result.add(keepCase ? text : text.toLowerCase(Locale.ROOT));
                }
            }
        }
        return result;
    }
}
