package dev.agentlint.text.analysis;

/** How a condition limits a statement. */
public enum ConditionKind {
    /** "if X", "only if X", "in case X". */
    IF,
    /** "when X", "once X", "whenever X". */
    WHEN,
    /** "before X", "after X", "until X", "while X". */
    TEMPORAL,
    /** "unless X", "except X": an exception to the statement. */
    UNLESS,
    /** "without X" ("never deploy without approval"): the statement holds only in the absence of X. */
    WITHOUT,
    /** A fixed hedge such as "where possible" or "if needed". */
    HEDGE
}
