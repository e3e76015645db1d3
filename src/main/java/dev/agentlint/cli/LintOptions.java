package dev.agentlint.cli;

import dev.agentlint.config.ByteSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
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

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest file to check, in bytes or with K, M or G (512K, 2M); larger files get a "
                    + "file-too-large finding (default: max-file-size of the configuration, else 1M).")
    Long maxFileSize;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    /** Reads {@code --max-file-size}; picocli turns the exception into a usage error naming the option. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return ByteSize.parse(value).stream().boxed().findFirst().orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not a size such as 1048576, 512K or 2M"));
        }
    }
}
