package dev.agentlint.cli;

/** What agentlint's exit status means; CI scripts depend on these. */
final class ExitCodes {

    /** Nothing at or above the --fail-on threshold. */
    static final int OK = 0;
    /** Findings at or above the threshold, or a file that could not be linted. */
    static final int FINDINGS = 1;
    /** A usage or configuration error: bad option, missing path, invalid config, unwritable output. */
    static final int USAGE = 2;
    /** A bug in agentlint. */
    static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
