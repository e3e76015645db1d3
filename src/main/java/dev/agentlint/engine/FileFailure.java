package dev.agentlint.engine;

/** A file whose checking failed inside agentlint; the run goes on without its findings. */
public record FileFailure(String path, String message) {
}
