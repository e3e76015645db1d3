package dev.agentlint.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The command-line entry point; {@code check} is the default command. */
public final class Main {

    private static final Set<String> TOP_LEVEL = Set.of("check", "baseline", "overlap", "rules", "explain",
            "generate-completion",
            "help", "-h", "--help", "-V", "--version");
    /** The commands that lint files, for which warming up the linter pays. */
    private static final Set<String> LINTING = Set.of("check", "baseline");
    /** Asks only for the version, which the top-level command answers without any subcommand. */
    private static final Set<String> VERSION = Set.of("-V", "--version");

    static final String OUT_OF_MEMORY = "agentlint: out of memory; give Java a larger heap, for example with "
            + "AGENTLINT_JAVA_OPTS=-Xmx4g when running bin/agentlint";

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(runAlone(args));
    }

    /**
     * Runs agentlint on this process's streams as a process of its own runs it, with services of its own, which a
     * run that lints warms up on a second core while the command line is read; returns the exit code.
     */
    static int runAlone(String[] args) {
        String[] command = withDefaultCommand(args);
        Services services = new Services();
        if (LINTING.contains(command[0]) && Runtime.getRuntime().availableProcessors() > 1) {
            // read before the command line is parsed, so that the warm-up starts at once; a wrong guess only
            // warms up more or less than the run needs
            boolean cache = Arrays.stream(command)
                    .anyMatch(arg -> arg.equals("--cache") || arg.startsWith("--cache-location"));
            boolean textReport = command[0].equals("check") && namesNoOtherFormat(command);
            Thread warmUp = new Thread(() -> services.warmUp(cache, textReport), "agentlint-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        Environment environment = Environment.system();
        int code;
        try {
            code = commandLine(environment, services, command).execute(command);
        } catch (OutOfMemoryError e) {
            environment.err().println(OUT_OF_MEMORY);
            environment.err().flush();
            code = ExitCodes.INTERNAL;
        }
        environment.out().flush();
        return code;
    }

    /** Whether the arguments name no report format but text, before picocli reads them. */
    static boolean namesNoOtherFormat(String[] command) {
        for (int i = 0; i < command.length; i++) {
            String arg = command[i];
            String next = i + 1 < command.length ? command[i + 1] : "";
            String format = arg.equals("-f") || arg.equals("--format") ? next
                    : arg.startsWith("--format=") ? arg.substring("--format=".length())
                    : arg.startsWith("-f") && !arg.startsWith("--") ? arg.substring(2) : null;
            if (format != null && !format.equals("text")) {
                return false;
            }
        }
        return true;
    }

    /** Runs agentlint in this process and returns its exit code. */
    public static int run(String[] args, Environment environment) {
        return run(args, environment, new Services());
    }

    /** Runs agentlint with services that earlier runs may have made (in the daemon). */
    static int run(String[] args, Environment environment, Services services) {
        String[] command = withDefaultCommand(args);
        int code = commandLine(environment, services, command).execute(command);
        environment.out().flush();
        return code;
    }

    /**
     * The command line of agentlint. A run of one of agentlint's commands needs only that command; picocli's own
     * help and completion commands are described by annotations, which cost start-up time to read, so they and
     * the other commands are added only when no command of agentlint's is named, and not when only the version is
     * asked for.
     */
    private static CommandLine commandLine(Environment environment, Services services, String[] command) {
        Map<String, Supplier<CommandSpec>> commands = new LinkedHashMap<>();
        commands.put("check", () -> new CheckCommand(services, environment).spec());
        commands.put("baseline", () -> new BaselineCommand(services, environment).spec());
        commands.put("overlap", () -> new OverlapCommand(services, environment).spec());
        commands.put("rules", () -> new RulesCommand(services).spec());
        commands.put("explain", () -> new ExplainCommand(services).spec());
        CommandLine commandLine = new CommandLine(AgentlintCommand.spec());
        Supplier<CommandSpec> named = commands.get(command[0]);
        if (named != null) {
            commandLine.addSubcommand(new CommandLine(named.get()));
        } else if (!(command.length == 1 && VERSION.contains(command[0]))) {
            commands.values().forEach(spec -> commandLine.addSubcommand(new CommandLine(spec.get())));
            commandLine.addSubcommand(new AutoComplete.GenerateCompletion());
            commandLine.addSubcommand(new CommandLine.HelpCommand());
        }
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setExecutionExceptionHandler(new InternalErrorHandler());
        commandLine.setParameterExceptionHandler(Main::usageError);
        return commandLine;
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        command.getErr().println("agentlint: " + e.getMessage());
        command.getErr().println("Run 'agentlint " + (command.getCommandName().equals("agentlint") ? ""
                : command.getCommandName() + " ") + "--help' for usage.");
        command.getErr().flush();
        return ExitCodes.USAGE;
    }

    static String[] withDefaultCommand(String[] args) {
        if (args.length > 0 && TOP_LEVEL.contains(args[0])) {
            return args;
        }
        List<String> withCheck = new ArrayList<>();
        withCheck.add("check");
        withCheck.addAll(List.of(args));
        return withCheck.toArray(String[]::new);
    }

    /** A bug becomes one line and exit code 3; the stack trace only with --debug. */
    private static final class InternalErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
            boolean debug = parsed.hasMatchedOption("--debug")
                    || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--debug"));
            commandLine.getErr().println("agentlint: internal error: " + e
                    + (debug ? "" : " (run with --debug for details)"));
            if (debug) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return ExitCodes.INTERNAL;
        }
    }
}
