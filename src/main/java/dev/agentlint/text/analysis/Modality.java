package dev.agentlint.text.analysis;

/** The deontic force of a statement. */
public enum Modality {
    /** "must not", "never", "do not", ❌: the action is forbidden. */
    PROHIBITION,
    /** "should not", "avoid": the action is discouraged, a softer prohibition. */
    DISCOURAGEMENT,
    /** "must", "always", "need to": the action is required. */
    OBLIGATION,
    /** "should", "prefer", "consider": the action is advised. */
    RECOMMENDATION,
    /** "can", "may", ✅: the action is allowed. */
    PERMISSION,
    /** A bare instruction: "Run the tests", "1. Update the plan". */
    IMPERATIVE,
    /** A description or anything else without deontic force. */
    NONE;

    public boolean negative() {
        return this == PROHIBITION || this == DISCOURAGEMENT;
    }

    /** An instruction to do something: obligation, recommendation, permission or imperative. */
    public boolean positive() {
        return this == OBLIGATION || this == RECOMMENDATION || this == PERMISSION || this == IMPERATIVE;
    }

    /** Wording with full force; soft wording never makes a high-confidence conflict. */
    public boolean strong() {
        return this == PROHIBITION || this == OBLIGATION || this == IMPERATIVE;
    }
}
