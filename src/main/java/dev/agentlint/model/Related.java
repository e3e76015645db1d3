package dev.agentlint.model;

/** A second place a finding is about, such as the earlier of two duplicate keys. */
public record Related(String path, Span span, String message) {
}
