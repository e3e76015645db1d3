package dev.agentlint.config;

import dev.agentlint.model.Severity;
import java.util.Locale;
import java.util.Optional;

/** A rule setting in configuration: off, or the severity to report at. */
public enum Level {
    OFF, INFO, WARNING, ERROR;

    public static Level parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public Optional<Severity> severity() {
        return this == OFF ? Optional.empty() : Optional.of(Severity.valueOf(name()));
    }
}
