package dev.agentlint.cli;

import dev.agentlint.model.Severity;

/** The lowest severity that makes {@code check} exit with 1. */
enum FailOn {
    error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO), never(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    boolean failsOnFileErrors() {
        return threshold != null;
    }
}
