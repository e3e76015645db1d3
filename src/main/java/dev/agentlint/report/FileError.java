package dev.agentlint.report;

/** A file that could not be linted at all, such as one that cannot be read. */
public record FileError(String path, String message) {
}
