package dev.agentlint.rules;

import dev.agentlint.rule.Rule;
import java.util.List;

/** The explicit registry of every rule, sorted by id. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new ConflictingPolicies(),
                new ContradictoryInstructions(),
                new Deprecated(),
                new DuplicateAgentName(),
                new DuplicateKey(),
                new FileTooLarge(),
                new FrontMatterMissing(),
                new InvalidEncoding(),
                new InvalidValue(),
                new MissingField(),
                new MissingOutputContract(),
                new ProseOnlyRestriction(),
                new RiskyPermissions(),
                new ScopeOverlap(),
                new SecretInAgent(),
                new ToolAllowedAndDenied(),
                new UngrantedToolUse(),
                new UnknownAgentReference(),
                new UnknownField(),
                new UnknownTool(),
                new UnusedSuppression(),
                new UnusedToolGrant(),
                new WeakOutputContract(),
                new WriteScopeViolation(),
                new YamlSyntax());
    }
}
