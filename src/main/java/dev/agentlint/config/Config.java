package dev.agentlint.config;

import dev.agentlint.model.Format;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings of one run: rule levels, file selection, format mapping and names that exist outside the files.
 * Paths and globs are relative to the root, with forward slashes. In strict mode findings of medium
 * confidence are reported too; otherwise only high-confidence ones are.
 */
public record Config(
        Map<String, Level> rules,
        List<Glob> include,
        List<Glob> exclude,
        Map<Glob, Format> formats,
        List<Override> overrides,
        List<String> knownTools,
        List<String> knownAgents,
        long maxFileSize,
        boolean strict) {

    public static final long DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

    /** Rule levels for the files some globs match; later overrides win. */
    public record Override(List<Glob> files, Map<String, Level> rules) {
        public Override {
            files = List.copyOf(files);
            rules = Map.copyOf(rules);
        }

        boolean appliesTo(String path) {
            return files.stream().anyMatch(g -> g.matches(path));
        }
    }

    public Config {
        rules = Map.copyOf(rules);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        formats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formats));
        overrides = List.copyOf(overrides);
        knownTools = List.copyOf(knownTools);
        knownAgents = List.copyOf(knownAgents);
    }

    /** The settings as one text, equal for equal settings whatever order their maps keep. */
    public String fingerprint() {
        List<String> overrideTexts = overrides.stream().map(o -> o.files() + "=" + new TreeMap<>(o.rules())).toList();
        return String.join("\n", new TreeMap<>(rules).toString(), include.toString(), exclude.toString(),
                formats.toString(), overrideTexts.toString(), knownTools.toString(), knownAgents.toString(),
                Long.toString(maxFileSize), Boolean.toString(strict));
    }

    public static Config defaults() {
        return new Config(Map.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(),
                DEFAULT_MAX_FILE_SIZE, false);
    }

    public Config withStrict(boolean newStrict) {
        return new Config(rules, include, exclude, formats, overrides, knownTools, knownAgents, maxFileSize,
                newStrict);
    }

    public Config withMaxFileSize(long newMaxFileSize) {
        return new Config(rules, include, exclude, formats, overrides, knownTools, knownAgents, newMaxFileSize,
                strict);
    }

    /** The level configured for a rule on a path, if any. */
    public Optional<Level> level(String ruleId, String path) {
        for (int i = overrides.size() - 1; i >= 0; i--) {
            Override override = overrides.get(i);
            if (override.rules().containsKey(ruleId) && override.appliesTo(path)) {
                return Optional.of(override.rules().get(ruleId));
            }
        }
        return Optional.ofNullable(rules.get(ruleId));
    }

    /** Whether a rule is off for every file, so that it need not run at all. */
    public boolean offEverywhere(String ruleId) {
        return rules.get(ruleId) == Level.OFF && overrides.stream()
                .allMatch(override -> override.rules().getOrDefault(ruleId, Level.OFF) == Level.OFF);
    }

    /** The format configuration assigns to a path, if a glob matches it. */
    public Optional<Format> formatFor(String path) {
        return formats.entrySet().stream().filter(e -> e.getKey().matches(path)).map(Map.Entry::getValue).findFirst();
    }

    public boolean excluded(String path) {
        return exclude.stream().anyMatch(g -> g.matches(path));
    }
}
