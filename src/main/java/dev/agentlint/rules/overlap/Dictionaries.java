package dev.agentlint.rules.overlap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The reviewed data files of the overlap rules: facet dictionaries ({@code facets.yaml}) and policy dictionaries
 * ({@code policies.yaml}) under {@code dev/agentlint/rules/overlap/}. Loaded once, shared read-only by every thread.
 */
public final class Dictionaries {

    private static final String DIRECTORY = "/dev/agentlint/rules/overlap/";

    /**
     * A tool that fills a slot, with the spellings that name it in prose and in code.
     *
     * @param lowered the spellings in lower case, to rule texts out cheaply
     * @param patterns the spellings as whole words in any case, in the order of {@code words}
     */
    public record Tool(String name, List<String> words, List<String> code, List<String> lowered,
            List<Pattern> patterns) {

        static Tool of(String name, List<String> words, List<String> code) {
            List<Pattern> patterns = words.stream().map(w -> Pattern.compile("(?i)(?<![\\w.-])" + Pattern.quote(w)
                    + "(?![\\w-])")).toList();
            return new Tool(name, words, code, words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList(), patterns);
        }

        /** Where a text first names the tool by one of its spellings, tried in order; {@code lower} is its lower case. */
        public Optional<Matcher> find(String text, String lower) {
            for (int i = 0; i < words.size(); i++) {
                if (lower.contains(lowered.get(i))) {
                    Matcher matcher = patterns.get(i).matcher(text);
                    if (matcher.find()) {
                        return Optional.of(matcher);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** A job a project does with one tool. */
    public record Slot(String id, String name, List<Tool> tools) {
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
    private final List<Metric> metrics;
    private final List<Topic> topics;

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
        metrics = metrics(map(policies.get("metrics")));
        topics = topics(map(policies.get("topics")));
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

    public List<Metric> metrics() {
        return metrics;
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
        String resource = DIRECTORY + name;
        try (InputStream in = Dictionaries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            return map(new Load(LoadSettings.builder().build()).loadFromInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
