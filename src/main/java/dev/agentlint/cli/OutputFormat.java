package dev.agentlint.cli;

/** The output formats of {@code check}. */
enum OutputFormat {
    text, json, sarif, github
}
