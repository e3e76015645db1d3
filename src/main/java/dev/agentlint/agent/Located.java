package dev.agentlint.agent;

import dev.agentlint.model.Span;

/** A front-matter value and where it is written. */
public record Located(String value, Span span) {
}
