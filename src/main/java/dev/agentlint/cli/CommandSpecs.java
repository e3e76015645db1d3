package dev.agentlint.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The command-line model, written in code rather than in annotations. Reading annotations at run time makes the
 * JDK generate a proxy class for each annotation type, tens of milliseconds of every start-up, and a pre-commit
 * hook starts agentlint on every commit.
 */
final class CommandSpecs {

    private static final Version VERSION = new Version();
    /**
     * Makes the paths of options and parameters. picocli's own converter for them calls {@code Paths.get}
     * reflectively, and the first reflective call of a run generates classes: milliseconds of every start-up.
     */
    static final ITypeConverter<Path> PATH = Path::of;

    private CommandSpecs() {
    }

    /** A command that runs {@code command}, with only {@code --help} and {@code --version}. */
    static CommandSpec command(Object command, String name, String description) {
        return command(command, name, description, spec -> { });
    }

    /** A command that runs {@code command}: the {@code options} it declares, then {@code --help}, {@code --version}. */
    static CommandSpec command(Object command, String name, String description, Consumer<CommandSpec> options) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(VERSION);
        spec.usageMessage().description(description);
        options.accept(spec);
        spec.addOption(flag("Show this help message and exit.", "-h", "--help").usageHelp(true).build());
        spec.addOption(flag("Print version information and exit.", "-V", "--version").versionHelp(true).build());
        return spec;
    }

    /** An option that takes a value of {@code type}. */
    static OptionSpec.Builder option(Class<?> type, String paramLabel, String description, String... names) {
        OptionSpec.Builder option = OptionSpec.builder(names).type(type).paramLabel(paramLabel)
                .description(description);
        return type == Path.class ? option.converters(PATH) : option;
    }

    /** An option without a value, false unless given. */
    static OptionSpec.Builder flag(String description, String... names) {
        return OptionSpec.builder(names).type(boolean.class).initialValue(false).description(description);
    }

    /** A positional parameter of {@code type}. */
    static PositionalParamSpec.Builder parameter(Class<?> type, String paramLabel, String description) {
        return PositionalParamSpec.builder().type(type).paramLabel(paramLabel).description(description);
    }

    /** The parsed value of an option (its default when not given), by one of its names. */
    static <T> T value(CommandSpec spec, String name) {
        return spec.findOption(name).getValue();
    }
}
