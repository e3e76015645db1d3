package dev.agentlint.rule;

import dev.agentlint.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The metadata of every registered rule, in registry order. */
public final class RuleCatalog {

    private static final String RESOURCE_DIR = "/dev/agentlint/rules/";

    private final Map<String, RuleMeta> byId;

    private RuleCatalog(Map<String, RuleMeta> byId) {
        this.byId = byId;
    }

    /** Reads {@code rules/<id>.yaml} for each rule from the classpath. */
    public static RuleCatalog load(List<? extends Rule> rules) {
        Map<String, RuleMeta> byId = new LinkedHashMap<>();
        Load load = new Load(LoadSettings.builder().build());
        for (Rule rule : rules) {
            byId.put(rule.id(), read(load, rule.id()));
        }
        return new RuleCatalog(byId);
    }

    private static RuleMeta read(Load load, String id) {
        try (InputStream in = RuleCatalog.class.getResourceAsStream(RESOURCE_DIR + id + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("rule " + id + " has no metadata file rules/" + id + ".yaml");
            }
            return fromMap(asMap(load.loadFromInputStream(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return List.copyOf(byId.values());
    }

    public Optional<RuleMeta> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public RuleMeta get(String id) {
        RuleMeta meta = byId.get(id);
        if (meta == null) {
            throw new IllegalArgumentException("unknown rule " + id);
        }
        return meta;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
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
