package dev.agentlint.cli;

import dev.agentlint.engine.LintResult;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Severity;
import dev.agentlint.model.SourceText;
import dev.agentlint.report.Baseline;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code agentlint check [PATH...]}: lint agent files and report what is wrong. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lint agent definition files (the default command).")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    LintOptions lint;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE.")
    Path output;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report only findings that are not in this baseline (see 'agentlint baseline').")
    Path baseline;

    @Option(names = "--category", paramLabel = "NAME",
            description = "SARIF run category, to tell apart several uploads of one commit (default: ${DEFAULT-VALUE}).")
    String category = "agentlint";

    @Option(names = "--include-suppressed",
            description = "In SARIF, also write findings that suppression comments silence, marked as suppressed.")
    boolean includeSuppressed;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Lowest severity that fails the run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn = FailOn.error;

    @Option(names = "--no-color", description = "Never colour the output.")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Report errors only, without the summary line.")
    boolean quiet;

    private final Services services;
    private final Environment environment;

    CheckCommand(Services services, Environment environment) {
        this.services = services;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        LintRun run;
        LintResult result;
        try {
            run = LintRun.execute(lint, services, environment);
            result = baseline == null ? run.result : withoutBaselined(run);
        } catch (RunContext.UsageProblem e) {
            return usage(e.getMessage());
        }
        Report report = new Report(quiet ? errorsOnly(result) : result, run.fileErrors,
                Duration.ofNanos(System.nanoTime() - started));
        if (!write(report, run)) {
            return ExitCodes.USAGE;
        }
        boolean failed = result.findings().stream().map(Finding::severity).anyMatch(failOn::fails)
                || (!run.fileErrors.isEmpty() && failOn.failsOnFileErrors());
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private LintResult withoutBaselined(LintRun run) throws RunContext.UsageProblem {
        Path file = environment.resolve(baseline);
        try {
            Baseline accepted = Baseline.parse(Files.readString(file, StandardCharsets.UTF_8));
            return run.result.withFindings(accepted.newFindings(run.result.findings(), run::source));
        } catch (IOException e) {
            throw new RunContext.UsageProblem("cannot read baseline " + baseline + ": " + LintRun.reason(e));
        } catch (Baseline.InvalidBaseline e) {
            throw new RunContext.UsageProblem("invalid baseline " + baseline + ": " + e.getMessage());
        }
    }

    private static LintResult errorsOnly(LintResult result) {
        return result.withFindings(result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
    }

    private boolean write(Report report, LintRun run) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = output == null ? environment.out() : new PrintWriter(buffer);
        switch (format) {
            case json -> new JsonFormatter(Version.version()).write(report, out);
            case text -> textFormatter(run).write(report, out, !quiet);
            case sarif -> new SarifFormatter(Version.version(), Version.informationUri(), services.catalog(),
                    SarifOptions.defaults(path -> text(run.source(path))).withCategory(category)
                            .withIncludeSuppressed(includeSuppressed)).write(report, out);
            case github -> new GithubFormatter(path -> path).write(report, out);
        }
        if (output == null) {
            return true;
        }
        try {
            OutputFiles.writeAtomically(environment.resolve(output), buffer.toString());
            return true;
        } catch (IOException e) {
            usage("cannot write " + output + ": " + LintRun.reason(e));
            return false;
        }
    }

    private static String text(SourceText source) {
        return source == null ? null : source.text();
    }

    private TextFormatter textFormatter(LintRun run) {
        boolean color = !noColor && output == null && environment.terminal()
                && !environment.variables().containsKey("NO_COLOR");
        return new TextFormatter(path -> displayPath(run.context.root(), path), key -> {
            int newline = key.lastIndexOf('\n');
            SourceText source = run.source(key.substring(0, newline));
            int line = Integer.parseInt(key.substring(newline + 1));
            return source != null && line <= source.lineCount() ? source.line(line) : null;
        }, color, true);
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
}
