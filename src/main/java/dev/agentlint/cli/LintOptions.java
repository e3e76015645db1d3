package dev.agentlint.cli;

import static dev.agentlint.cli.CommandSpecs.flag;
import static dev.agentlint.cli.CommandSpecs.option;
import static dev.agentlint.cli.CommandSpecs.parameter;
import static dev.agentlint.cli.CommandSpecs.value;

import dev.agentlint.config.ByteSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What to lint and how: the options {@code check}, {@code baseline} and {@code overlap} share.
 *
 * @param maxFileSize {@code null} when not given
 * @param cache whether to use the result cache (only {@code check} and {@code baseline} {@linkplain #declareCache
 *     declare it})
 * @param cacheLocation the cache file, or {@code null} for the default one
 */
record LintOptions(List<Path> paths, Path config, Path root, boolean strict, Long maxFileSize, boolean debug,
        boolean cache, Path cacheLocation) {

    /** Adds the options to a command. */
    static void declare(CommandSpec spec) {
        spec.addPositional(parameter(List.class, "PATH",
                "Files or directories to lint (default: the current directory).")
                .auxiliaryTypes(Path.class).converters(CommandSpecs.PATH).arity("0..*")
                .initialValue(new ArrayList<Path>()).build());
        spec.addOption(option(Path.class, "FILE", "Configuration file (default: .agentlint.yaml at the root).",
                "-c", "--config").build());
        spec.addOption(option(Path.class, "DIR", "Repository root that reported paths are relative to (default: "
                + "the enclosing git repository, else the current directory).", "--root").build());
        spec.addOption(flag("Also report findings of medium confidence.", "--strict").build());
        spec.addOption(option(Long.class, "SIZE", "Largest file to check, in bytes or with K, M or G (512K, 2M); "
                + "larger files get a file-too-large finding (default: max-file-size of the configuration, else 1M).",
                "--max-file-size").converters(LintOptions::size).build());
        spec.addOption(flag("Print stack traces of internal errors.", "--debug").build());
    }

    /** Adds the result cache's options, for commands that lint every time they run. */
    static void declareCache(CommandSpec spec) {
        spec.addOption(flag("Reuse the results of files unchanged since an earlier run with --cache (same "
                + "configuration and agentlint build; same size and modification time, else same contents); only "
                + "changed files are checked again.", "--cache").build());
        spec.addOption(option(Path.class, "FILE", "The cache file (implies --cache; default: one per repository "
                + "root under the user's cache directory).", "--cache-location").build());
    }

    /** The options as parsed for a command that {@linkplain #declare declared} them. */
    static LintOptions of(CommandSpec spec) {
        List<Path> paths = spec.positionalParameters().get(0).getValue();
        boolean cacheDeclared = spec.findOption("--cache") != null;
        Path cacheLocation = cacheDeclared ? value(spec, "--cache-location") : null;
        boolean cache = cacheDeclared && ((boolean) value(spec, "--cache") || cacheLocation != null);
        return new LintOptions(List.copyOf(paths), value(spec, "--config"), value(spec, "--root"),
                value(spec, "--strict"), value(spec, "--max-file-size"), value(spec, "--debug"), cache,
                cacheLocation);
    }

    /** Reads {@code --max-file-size}; picocli turns the exception into a usage error naming the option. */
    private static Long size(String value) {
        return ByteSize.parse(value).stream().boxed().findFirst().orElseThrow(() ->
                new CommandLine.TypeConversionException("'" + value + "' is not a size such as 1048576, 512K or 2M"));
    }
}
