package dev.agentlint.rules;

import dev.agentlint.rule.Rule;

/**
 * A file larger than {@code max-file-size}. The engine reports it before reading the file as text, and runs no
 * other check on it, so one generated file of megabytes cannot slow a run down.
 */
public final class FileTooLarge implements Rule {

    public static final String ID = "file-too-large";

    @Override
    public String id() {
        return ID;
    }
}
