package dev.agentlint.engine;

import dev.agentlint.rule.KeptValue;
import dev.agentlint.rule.ProjectRule;
import dev.agentlint.rule.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules a run runs, and what the project rules among them keep of each file after its own checks, once per
 * kind: a rule that the configuration turns off for every file does not run, and its project data is not made.
 */
record RuleSet(List<Rule> rules, List<KeptValue<?>> kept, Set<Class<?>> keptTypes) {

    static RuleSet of(List<? extends Rule> rules) {
        Map<Class<?>, KeptValue<?>> keptByType = new LinkedHashMap<>();
        rules.stream().filter(ProjectRule.class::isInstance).flatMap(r -> ((ProjectRule) r).kept().stream())
                .forEach(value -> keptByType.putIfAbsent(value.type(), value));
        return new RuleSet(List.copyOf(rules), List.copyOf(keptByType.values()), Set.copyOf(keptByType.keySet()));
    }

    /** These rules but those {@code off} names; this set itself when it names none. */
    RuleSet without(Predicate<String> off) {
        List<Rule> on = rules.stream().filter(rule -> !off.test(rule.id())).toList();
        return on.size() == rules.size() ? this : of(on);
    }
}
