package dev.agentlint.rule;

import dev.agentlint.data.BundledData;
import dev.agentlint.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The metadata of every registered rule, in registry order. A rule's file is read when its metadata is first
 * asked for, so a run that reports two rules reads two files and looks no other up; the catalog test proves that
 * every registered rule has its file.
 */
public final class RuleCatalog {

    private static final String RESOURCE_DIR = "/dev/agentlint/rules/";

    private final List<String> ids;
    private final Set<String> known;
    private final Map<String, RuleMeta> byId = new ConcurrentHashMap<>();

    private RuleCatalog(List<String> ids) {
        this.ids = ids;
        this.known = Set.copyOf(ids);
    }

    /** The catalog of these rules, each described by {@code rules/<id>.yaml} on the classpath. */
    public static RuleCatalog load(List<? extends Rule> rules) {
        return new RuleCatalog(rules.stream().map(Rule::id).toList());
    }

    private static RuleMeta read(String id) {
        return fromMap(asMap(BundledData.load(RESOURCE_DIR + id + ".yaml")));
    }

    static RuleMeta fromMap(Map<String, Object> data) {
        Map<String, Object> examples = asMap(data.get("examples"));
        return new RuleMeta(
                text(data, "id"),
                text(data, "summary"),
                text(data, "description"),
                Severity.parse(text(data, "severity")),
                strings(data.get("tags")),
                strings(data.get("formats")),
                text(data, "rationale"),
                text(examples, "bad"),
                text(examples, "good"),
                examples.containsKey("path") ? text(examples, "path") : ".claude/agents/example.md",
                text(data, "confidence"),
                text(data, "precision"),
                text(data, "security-severity"));
    }

    public List<RuleMeta> all() {
        return ids.stream().map(this::get).toList();
    }

    public Optional<RuleMeta> find(String id) {
        return known.contains(id) ? Optional.of(get(id)) : Optional.empty();
    }

    public RuleMeta get(String id) {
        if (!known.contains(id)) {
            throw new IllegalArgumentException("unknown rule " + id);
        }
        return byId.computeIfAbsent(id, RuleCatalog::read);
    }

    public boolean contains(String id) {
        return known.contains(id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static String text(Map<String, Object> data, String key) {
        Object value = data.get(key);
        return value == null ? "" : value.toString().strip();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
