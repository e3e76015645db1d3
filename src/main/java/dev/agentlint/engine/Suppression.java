package dev.agentlint.engine;

import dev.agentlint.model.Span;
import java.util.Set;

/**
 * One suppression comment.
 *
 * @param rules the rule ids it names; empty means every rule
 * @param firstLine the first line whose findings it suppresses
 * @param lastLine the last such line (inclusive)
 * @param justification the text after {@code --}, if any
 */
record Suppression(Kind kind, Set<String> rules, Span span, int firstLine, int lastLine, String justification) {

    enum Kind {
        LINE("agentlint-disable-line"),
        NEXT_LINE("agentlint-disable-next-line"),
        RANGE("agentlint-disable"),
        FILE("agentlint-disable-file");

        final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }
    }

    boolean covers(String ruleId, int line) {
        return (rules.isEmpty() || rules.contains(ruleId)) && line >= firstLine && line <= lastLine;
    }
}
