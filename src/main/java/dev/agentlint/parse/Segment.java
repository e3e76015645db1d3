package dev.agentlint.parse;

import dev.agentlint.model.Span;

/** A run of source text on one line, at an exact place in the file. */
public record Segment(int line, int column, String text) {

    public Span span() {
        return Span.of(line, column, line, column + text.length());
    }

    /** The span of {@code length} characters starting {@code offset} characters into this segment. */
    public Span span(int offset, int length) {
        int start = column + Math.min(offset, text.length());
        int end = column + Math.min(offset + length, text.length());
        return Span.of(line, start, line, end);
    }
}
