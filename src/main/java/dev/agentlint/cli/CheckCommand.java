package dev.agentlint.cli;

import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.LintResult;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Severity;
import dev.agentlint.model.SourceText;
import dev.agentlint.report.FileError;
import dev.agentlint.report.GithubFormatter;
import dev.agentlint.report.JsonFormatter;
import dev.agentlint.report.Report;
import dev.agentlint.report.SarifFormatter;
import dev.agentlint.report.SarifOptions;
import dev.agentlint.report.TextFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agentlint check [PATH...]}: lint agent files and report what is wrong. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lint agent definition files (the default command).")
final class CheckCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "Files or directories to lint (default: the current directory).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
    Path output;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: .agentlint.yaml at the root).")
    Path config;

    @Option(names = "--root", paramLabel = "DIR",
            description = "Repository root that reported paths are relative to (default: the enclosing git "
                    + "repository, else the current directory).")
    Path root;

    @Option(names = "--category", paramLabel = "NAME",
            description = "SARIF run category, to tell apart several uploads of one commit (default: ${DEFAULT-VALUE}).")
    String category = "agentlint";

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Lowest severity that fails the run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.error;

    @Option(names = "--strict", description = "Also report findings of medium confidence.")
    boolean strict;

    @Option(names = "--no-color", description = "Never colour the output.")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Report errors only, without the summary line.")
    boolean quiet;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    private final Services services;
    private final Environment environment;

    CheckCommand(Services services, Environment environment) {
        this.services = services;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        RunContext context;
        try {
            context = RunContext.resolve(environment, root, config, services);
        } catch (RunContext.UsageProblem e) {
            return usage(e.getMessage());
        }
        FileDiscovery discovery = new FileDiscovery(context.root(), context.config());
        List<Path> targets = paths.isEmpty() ? List.of(environment.cwd()) : paths;
        for (Path target : targets) {
            Path resolved = environment.resolve(target);
            if (!Files.exists(resolved)) {
                return usage("no such file or directory: " + target);
            }
            try {
                discovery.add(resolved);
            } catch (IOException e) {
                return usage("cannot read " + target + ": " + e.getMessage());
            }
        }
        List<InputFile> inputs = new ArrayList<>();
        List<FileError> fileErrors = new ArrayList<>();
        Map<String, byte[]> contents = new HashMap<>();
        for (FileDiscovery.Found found : discovery.files()) {
            try {
                byte[] bytes = Files.readAllBytes(found.file());
                contents.put(found.path(), bytes);
                inputs.add(new InputFile(found.path(), bytes, found.format()));
            } catch (IOException e) {
                fileErrors.add(new FileError(found.path(), "cannot read file: " + reason(e)));
            }
        }
        LintResult result = services.linter().lint(inputs, strict ? context.config().withStrict(true)
                : context.config());
        Report report = new Report(quiet ? errorsOnly(result) : result, fileErrors,
                Duration.ofNanos(System.nanoTime() - started));
        if (!write(report, context, contents)) {
            return ExitCodes.USAGE;
        }
        boolean failed = result.findings().stream().map(Finding::severity).anyMatch(failOn::fails)
                || (!fileErrors.isEmpty() && failOn.failsOnFileErrors());
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private static LintResult errorsOnly(LintResult result) {
        return new LintResult(result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList(),
                result.files());
    }

    private boolean write(Report report, RunContext context, Map<String, byte[]> contents) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = output == null ? environment.out() : new PrintWriter(buffer);
        switch (format) {
            case json -> new JsonFormatter(Version.version()).write(report, out);
            case text -> textFormatter(context, contents).write(report, out, !quiet);
            case sarif -> new SarifFormatter(Version.version(), Version.informationUri(), services.catalog(),
                    SarifOptions.defaults(path -> sourceText(contents, path)).withCategory(category)).write(report, out);
            case github -> new GithubFormatter(path -> path).write(report, out);
        }
        if (output == null) {
            return true;
        }
        try {
            OutputFiles.writeAtomically(environment.resolve(output), buffer.toString());
            return true;
        } catch (IOException e) {
            usage("cannot write " + output + ": " + reason(e));
            return false;
        }
    }

    private static String sourceText(Map<String, byte[]> contents, String path) {
        byte[] bytes = contents.get(path);
        return bytes == null ? null : SourceText.of(new String(bytes, StandardCharsets.UTF_8)).text();
    }

    private TextFormatter textFormatter(RunContext context, Map<String, byte[]> contents) {
        boolean color = !noColor && output == null && environment.terminal()
                && !environment.variables().containsKey("NO_COLOR");
        Map<String, SourceText> decoded = new HashMap<>();
        return new TextFormatter(
                path -> displayPath(context.root(), path),
                key -> {
                    int newline = key.lastIndexOf('\n');
                    String path = key.substring(0, newline);
                    int line = Integer.parseInt(key.substring(newline + 1));
                    byte[] bytes = contents.get(path);
                    if (bytes == null) {
                        return null;
                    }
                    SourceText source = decoded.computeIfAbsent(path,
                            p -> SourceText.of(new String(bytes, StandardCharsets.UTF_8)));
                    return line <= source.lineCount() ? source.line(line) : null;
                },
                color, true);
    }

    private String displayPath(Path root, String path) {
        Path absolute = root.resolve(path).normalize();
        Path relative = environment.cwd().relativize(absolute);
        return relative.toString().isEmpty() ? path : relative.toString().replace('\\', '/');
    }

    private int usage(String message) {
        environment.err().println("agentlint: " + message);
        environment.err().flush();
        return ExitCodes.USAGE;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
