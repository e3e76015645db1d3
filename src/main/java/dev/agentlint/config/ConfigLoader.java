package dev.agentlint.config;

import dev.agentlint.model.Format;
import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;
import dev.agentlint.parse.YamlDocument;
import dev.agentlint.parse.YamlReader;
import dev.agentlint.schema.SchemaSet;
import dev.agentlint.schema.SchemaViolation;
import dev.agentlint.schema.ViolationMessages;
import dev.agentlint.text.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads {@code .agentlint.yaml}: YAML with positions, checked against {@code schemas/config.schema.json}. */
public final class ConfigLoader {

    /** The outcome: a configuration, or the problems that stop it being used. */
    public record Loaded(Config config, List<ConfigProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final SchemaSet schemas;
    private final Set<String> ruleIds;

    public ConfigLoader(SchemaSet schemas, Set<String> ruleIds) {
        this.schemas = schemas;
        this.ruleIds = ruleIds;
    }

    public Loaded load(String path, String text) {
        SourceText source = SourceText.of(text);
        YamlDocument yaml = YamlReader.read(source, source.text(), 1);
        List<ConfigProblem> problems = new ArrayList<>();
        yaml.error().ifPresent(e -> problems.add(new ConfigProblem(path, e.span(), e.message())));
        yaml.duplicateKeys().forEach(d -> problems.add(new ConfigProblem(path, d.span(),
                "key \"" + d.key() + "\" is duplicated; previously defined at " + d.previous().start())));
        if (!problems.isEmpty()) {
            return new Loaded(Config.defaults(), problems);
        }
        JsonNode root = yaml.root() == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                : yaml.root();
        ViolationMessages messages = new ViolationMessages(schemas, "config", "the configuration");
        for (SchemaViolation violation : messages.violations(root)) {
            problems.add(new ConfigProblem(path, spanOf(yaml, violation), violation.message()));
        }
        if (!problems.isEmpty()) {
            return new Loaded(Config.defaults(), problems);
        }
        checkRuleIds(path, yaml, root, problems);
        return new Loaded(build(root), problems);
    }

    private static Span spanOf(YamlDocument yaml, SchemaViolation violation) {
        String pointer = violation.property() != null && violation.kind() == SchemaViolation.Kind.UNKNOWN_FIELD
                ? dev.agentlint.parse.JsonPointer.child(violation.pointer(), violation.property())
                : violation.pointer();
        boolean onValue = violation.kind() == SchemaViolation.Kind.INVALID_VALUE;
        return yaml.nearestLocation(pointer).map(l -> onValue && l.value() != null ? l.value() : l.keyOrValue())
                .orElse(Span.point(1, 1));
    }

    private void checkRuleIds(String path, YamlDocument yaml, JsonNode root, List<ConfigProblem> problems) {
        List<String> pointers = new ArrayList<>();
        root.path("rules").propertyNames().forEach(id -> pointers.add("/rules/" + id));
        JsonNode overrides = root.path("overrides");
        for (int i = 0; i < overrides.size(); i++) {
            int index = i;
            overrides.get(i).path("rules").propertyNames()
                    .forEach(id -> pointers.add("/overrides/" + index + "/rules/" + id));
        }
        for (String pointer : pointers) {
            String id = dev.agentlint.parse.JsonPointer.lastToken(pointer);
            if (!ruleIds.contains(id)) {
                Span span = yaml.nearestLocation(pointer).map(YamlDocument.NodeLocation::keyOrValue)
                        .orElse(Span.point(1, 1));
                problems.add(new ConfigProblem(path, span,
                        "unknown rule \"" + id + "\"" + Suggestions.didYouMean(id, ruleIds)));
            }
        }
    }

    private static Config build(JsonNode root) {
        List<Config.Override> overrides = new ArrayList<>();
        for (JsonNode override : root.path("overrides")) {
            overrides.add(new Config.Override(globs(override.path("files")), levels(override.path("rules"))));
        }
        Map<Glob, Format> formats = new LinkedHashMap<>();
        root.path("formats").properties().forEach(e ->
                formats.put(Glob.of(e.getKey()), Format.byId(e.getValue().asString()).orElseThrow()));
        JsonNode size = root.path("max-file-size");
        long maxFileSize = size.isString() ? ByteSize.parse(size.asString()).orElse(Config.DEFAULT_MAX_FILE_SIZE)
                : size.asLong(Config.DEFAULT_MAX_FILE_SIZE);
        return new Config(levels(root.path("rules")), globs(root.path("include")), globs(root.path("exclude")),
                formats, overrides, strings(root.path("known-tools")), strings(root.path("known-agents")),
                maxFileSize, root.path("strict").asBoolean(false));
    }

    private static Map<String, Level> levels(JsonNode rules) {
        Map<String, Level> levels = new LinkedHashMap<>();
        rules.properties().forEach(e -> {
            JsonNode value = e.getValue().isObject() ? e.getValue().path("severity") : e.getValue();
            if (value.isString()) {
                levels.put(e.getKey(), Level.parse(value.asString()));
            }
        });
        return levels;
    }

    private static List<Glob> globs(JsonNode array) {
        return strings(array).stream().map(Glob::of).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(item -> result.add(item.asString()));
        return result;
    }
}
