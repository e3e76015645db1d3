package dev.agentlint.vocab;

import dev.agentlint.data.BundledData;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One platform's names: tools (current, legacy, aliases, shapes such as MCP), models and colours, read from a
 * data file under {@code dev/agentlint/vocabulary/} that notes its sources.
 */
public final class Vocabulary {

    /** What a tool name is to a platform. */
    public enum ToolStatus { KNOWN, ALIAS, LEGACY, PATTERN, UNKNOWN }

    private final String platform;
    private final boolean caseSensitive;
    private final Map<String, String> knownTools;
    private final Map<String, String> legacyTools;
    private final Set<String> unconfirmedReplacements;
    private final Map<String, String> aliases;
    private final Set<String> unavailableToSubagents;
    private final Map<String, String> disabledByDefault;
    private final List<Pattern> toolPatterns;
    private final Set<String> modelAliases;
    private final List<Pattern> modelPatterns;
    private final String modelExpected;
    private final Set<String> colors;
    private final List<Pattern> colorPatterns;
    private final Set<String> builtinAgents;

    private Vocabulary(Map<String, Object> data) {
        Map<String, Object> tools = map(data.get("tools"));
        Map<String, Object> models = map(data.get("models"));
        Map<String, Object> colorData = map(data.get("colors"));
        this.platform = String.valueOf(data.get("platform"));
        this.caseSensitive = !Boolean.FALSE.equals(tools.get("case-sensitive"));
        this.knownTools = keyed(strings(tools.get("known")));
        this.legacyTools = keyedMap(map(tools.get("legacy")));
        this.unconfirmedReplacements = new LinkedHashSet<>(keyed(strings(tools.get("legacy-unconfirmed"))).keySet());
        this.aliases = keyedMap(map(tools.get("aliases")));
        this.unavailableToSubagents = new LinkedHashSet<>(strings(tools.get("unavailable-to-subagents")));
        this.disabledByDefault = stringMap(map(tools.get("disabled-by-default")));
        this.toolPatterns = patterns(tools.get("patterns"), caseSensitive ? 0 : Pattern.CASE_INSENSITIVE);
        this.modelAliases = new LinkedHashSet<>(strings(models.get("aliases")));
        this.modelPatterns = patterns(models.get("patterns"), 0);
        this.modelExpected = String.valueOf(models.getOrDefault("expected", "a known model"));
        this.colors = new LinkedHashSet<>(strings(colorData.get("values")));
        this.colorPatterns = patterns(colorData.get("patterns"), 0);
        this.builtinAgents = new LinkedHashSet<>(strings(map(data.get("agents")).get("builtin")));
    }

    /** Loads a platform's vocabulary from the classpath. */
    public static Vocabulary load(String platform) {
        return new Vocabulary(map(BundledData.load("/dev/agentlint/vocabulary/" + platform + ".yaml")));
    }

    public String platform() {
        return platform;
    }

    public ToolStatus toolStatus(String name) {
        String key = key(name);
        if (knownTools.containsKey(key)) {
            return ToolStatus.KNOWN;
        }
        if (aliases.containsKey(key)) {
            return ToolStatus.ALIAS;
        }
        if (legacyTools.containsKey(key)) {
            return ToolStatus.LEGACY;
        }
        for (Pattern pattern : toolPatterns) {
            if (pattern.matcher(name).matches()) {
                return ToolStatus.PATTERN;
            }
        }
        return ToolStatus.UNKNOWN;
    }

    /** The current name that replaces a legacy tool name; empty when it was removed without one. */
    public Optional<String> replacement(String legacyName) {
        String replacement = legacyTools.get(key(legacyName));
        return replacement == null || replacement.isBlank() ? Optional.empty() : Optional.of(replacement);
    }

    /** Whether the replacement of a legacy name is inferred rather than confirmed by the sources. */
    public boolean replacementUnconfirmed(String legacyName) {
        return unconfirmedReplacements.contains(key(legacyName));
    }

    public boolean unavailableToSubagents(String name) {
        return unavailableToSubagents.contains(name);
    }

    public Optional<String> disabledByDefault(String name) {
        return Optional.ofNullable(disabledByDefault.get(name));
    }

    /** Every name a user could have meant, for "did you mean" suggestions. */
    public Set<String> toolNames() {
        Set<String> names = new LinkedHashSet<>(knownTools.values());
        names.addAll(aliases.values());
        return names;
    }

    public boolean hasTools() {
        return !knownTools.isEmpty();
    }

    public boolean knownModel(String model) {
        return modelAliases.contains(model) || modelPatterns.stream().anyMatch(p -> p.matcher(model).matches());
    }

    public Set<String> modelAliases() {
        return modelAliases;
    }

    public String modelExpected() {
        return modelExpected;
    }

    public boolean hasColors() {
        return !colors.isEmpty() || !colorPatterns.isEmpty();
    }

    public boolean knownColor(String color) {
        return colors.contains(color) || colorPatterns.stream().anyMatch(p -> p.matcher(color).matches());
    }

    public Set<String> colors() {
        return colors;
    }

    /** Agents the runtime provides without a definition file, such as Claude Code's Explore. */
    public Set<String> builtinAgents() {
        return builtinAgents;
    }

    private String key(String name) {
        return caseSensitive ? name : name.toLowerCase(Locale.ROOT);
    }

    private Map<String, String> keyed(List<String> names) {
        Map<String, String> keyed = new LinkedHashMap<>();
        for (String name : names) {
            keyed.put(key(name), name);
        }
        return keyed;
    }

    private Map<String, String> keyedMap(Map<String, Object> map) {
        Map<String, String> keyed = new LinkedHashMap<>();
        map.forEach((k, v) -> keyed.put(key(k), v == null ? "" : v.toString()));
        return keyed;
    }

    private static Map<String, String> stringMap(Map<String, Object> map) {
        Map<String, String> result = new HashMap<>();
        map.forEach((k, v) -> result.put(k, v == null ? "" : v.toString()));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) map).forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static List<Pattern> patterns(Object value, int flags) {
        return strings(value).stream().map(p -> Pattern.compile(p, flags)).toList();
    }
}
