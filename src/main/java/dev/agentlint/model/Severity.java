package dev.agentlint.model;

import java.util.Locale;

/** How serious a finding is; the order matters (higher ordinal = more serious). */
public enum Severity {
    INFO, WARNING, ERROR;

    /** Lower case, as reports and configuration write it; made once, since every finding printed asks for it. */
    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }

    public static Severity parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
