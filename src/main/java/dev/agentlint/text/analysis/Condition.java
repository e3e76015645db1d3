package dev.agentlint.text.analysis;

/**
 * A condition or exception attached to a statement.
 *
 * @param text the condition as written, without its opening word ("explicitly asked by the user")
 */
public record Condition(ConditionKind kind, String text) {

    /** An exception or a "without" clause: the statement explicitly allows the opposite in some cases. */
    public boolean exception() {
        return kind == ConditionKind.UNLESS || kind == ConditionKind.WITHOUT;
    }
}
