package dev.agentlint.rule;

/** A check with a stable, kebab-case id that users write in configuration and suppressions. */
public interface Rule {

    String id();
}
