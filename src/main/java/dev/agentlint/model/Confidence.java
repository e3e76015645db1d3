package dev.agentlint.model;

import java.util.Locale;

/** How sure a rule is of a finding; only {@link #HIGH} findings are reported unless strict mode asks for more. */
public enum Confidence {
    MEDIUM, HIGH;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
