package dev.agentlint.agent;

import dev.agentlint.model.Span;
import java.util.List;

/**
 * A tools field as the front matter writes it.
 *
 * @param shape how it is written
 * @param entries the tool names it grants (or denies, for a deny list)
 * @param span where the field's value is, or {@code null} when the field is absent
 */
public record ToolList(Shape shape, List<ToolEntry> entries, Span span) {

    public enum Shape {
        /** Not written: the agent inherits every tool. */
        ABSENT,
        /** A comma-separated string such as {@code Read, Grep, Bash(git *)}. */
        COMMA_STRING,
        /** A YAML block or flow list. */
        LIST,
        /** An opencode map of tool name to boolean. */
        BOOLEAN_MAP,
        /** A non-standard {@code {allowed: [...], denied: [...]}} map that no runtime reads. */
        ALLOW_DENY_MAP,
        /** Anything else: a number, a map of other keys, a null. */
        INVALID
    }

    public static final ToolList ABSENT = new ToolList(Shape.ABSENT, List.of(), null);

    public ToolList {
        entries = List.copyOf(entries);
    }

    public boolean present() {
        return shape != Shape.ABSENT;
    }

    /** Whether the runtime applies this list (a map it cannot read restricts nothing). */
    public boolean honoured() {
        return shape == Shape.COMMA_STRING || shape == Shape.LIST || shape == Shape.BOOLEAN_MAP;
    }
}
