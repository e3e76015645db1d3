package dev.agentlint.agent;

import dev.agentlint.model.Span;

/**
 * One entry of a tools list, e.g. {@code Bash(git *)}: name {@code Bash}, specifier {@code git *}.
 *
 * @param specifier the text inside parentheses, or {@code null}
 */
public record ToolEntry(String name, String specifier, Span span) {

    /** Tool names recur in nearly every agent of a run, which keeps them all; one copy of each serves. */
    public ToolEntry {
        name = name.intern();
    }

    /** The entry as written, name and specifier. */
    public String written() {
        return specifier == null ? name : name + "(" + specifier + ")";
    }
}
