package dev.agentlint.rules;

import dev.agentlint.rule.Rule;
import java.util.List;

/** The explicit registry of every rule, sorted by id. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new Deprecated(),
                new DuplicateKey(),
                new FrontMatterMissing(),
                new InvalidValue(),
                new MissingField(),
                new ToolAllowedAndDenied(),
                new UnknownField(),
                new UnknownTool(),
                new UnusedSuppression(),
                new YamlSyntax());
    }
}
