package dev.agentlint.config;

import dev.agentlint.model.Span;

/** Something wrong in a configuration file, at an exact place. */
public record ConfigProblem(String path, Span span, String message) {

    @Override
    public String toString() {
        return path + ":" + span.startLine() + ":" + span.startColumn() + ": " + message;
    }
}
