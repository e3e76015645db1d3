package dev.agentlint.schema;

/**
 * One way front matter breaks its format's schema.
 *
 * @param pointer JSON Pointer of the offending node (for a missing field: the object that lacks it)
 * @param property the missing or unknown key, or {@code null}
 */
public record SchemaViolation(Kind kind, String pointer, String property, String message) {

    public enum Kind { MISSING_FIELD, UNKNOWN_FIELD, INVALID_VALUE }
}
