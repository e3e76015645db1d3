package dev.agentlint.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to lint and how: the options {@code check} and {@code baseline} share. */
final class LintOptions {

    @Parameters(paramLabel = "PATH", description = "Files or directories to lint (default: the current directory).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: .agentlint.yaml at the root).")
    Path config;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Repository root that reported paths are relative to (default: the enclosing git "
                    + "repository, else the current directory).")
    Path root;

    @Option(names = "--strict", description = "Also report findings of medium confidence.")
    boolean strict;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;
}
