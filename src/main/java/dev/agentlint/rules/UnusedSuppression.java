package dev.agentlint.rules;

import dev.agentlint.rule.Rule;

/**
 * A suppression comment that suppresses nothing, or names a rule that does not exist. The engine reports it
 * after every other rule has run, because only then is it known what each suppression matched.
 */
public final class UnusedSuppression implements Rule {

    public static final String ID = "unused-suppression";

    @Override
    public String id() {
        return ID;
    }
}
