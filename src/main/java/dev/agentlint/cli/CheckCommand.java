package dev.agentlint.cli;

import static dev.agentlint.cli.CommandSpecs.command;
import static dev.agentlint.cli.CommandSpecs.flag;
import static dev.agentlint.cli.CommandSpecs.option;
import static dev.agentlint.cli.CommandSpecs.value;

import dev.agentlint.engine.LintResult;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Severity;
import dev.agentlint.report.Baseline;
import dev.agentlint.report.GithubFormatter;
import dev.agentlint.report.JsonFormatter;
import dev.agentlint.report.Report;
import dev.agentlint.report.SarifFormatter;
import dev.agentlint.report.SarifOptions;
import dev.agentlint.report.TextFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import picocli.CommandLine.Model.CommandSpec;

/** {@code agentlint check [PATH...]}: lint agent files and report what is wrong. */
final class CheckCommand implements Callable<Integer> {

    private final CommandSpec spec;
    private final Services services;
    private final Environment environment;
    private LintOptions lint;
    private OutputFormat format;
    private Path output;
    private Path baseline;
    private String category;
    private boolean includeSuppressed;
    private FailOn failOn;
    private boolean noColor;
    private boolean quiet;

    CheckCommand(Services services, Environment environment) {
        this.services = services;
        this.environment = environment;
        spec = command(this, "check", "Lint agent definition files (the default command).", model -> {
            LintOptions.declare(model);
            LintOptions.declareCache(model);
            model.addOption(option(OutputFormat.class, "FORMAT",
                    "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).", "-f", "--format")
                    .defaultValue("text").build());
            model.addOption(option(Path.class, "FILE", "Write the report to FILE.", "-o", "--output").build());
            model.addOption(option(Path.class, "FILE",
                    "Report only findings that are not in this baseline (see 'agentlint baseline').", "--baseline")
                    .build());
            model.addOption(option(String.class, "NAME",
                    "SARIF run category, to tell apart several uploads of one commit (default: ${DEFAULT-VALUE}).",
                    "--category").defaultValue("agentlint").build());
            model.addOption(flag(
                    "In SARIF, also write findings that suppression comments silence, marked as suppressed.",
                    "--include-suppressed").build());
            model.addOption(option(FailOn.class, "LEVEL",
                    "Lowest severity that fails the run: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
                    "--fail-on").defaultValue("error").build());
            model.addOption(flag("Never colour the output.", "--no-color").build());
            model.addOption(flag("Report errors only, without the summary line.", "-q", "--quiet").build());
        });
    }

    CommandSpec spec() {
        return spec;
    }

    private void readOptions() {
        lint = LintOptions.of(spec);
        format = value(spec, "--format");
        output = value(spec, "--output");
        baseline = value(spec, "--baseline");
        category = value(spec, "--category");
        includeSuppressed = value(spec, "--include-suppressed");
        failOn = value(spec, "--fail-on");
        noColor = value(spec, "--no-color");
        quiet = value(spec, "--quiet");
    }

    @Override
    public Integer call() {
        readOptions();
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
            Baseline accepted = Baseline.read(file);
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
        environment.stopIfAbandoned();
        try {
            if (format == OutputFormat.text) {
                TextFormatter text = textFormatter(run);
                writeBytes(out -> text.write(report, out, !quiet));
            } else if (format == OutputFormat.sarif) {
                SarifFormatter sarif = new SarifFormatter(Version.version(), Version.informationUri(),
                        services.catalog(), SarifOptions.defaults(run::source).withCategory(category)
                                .withIncludeSuppressed(includeSuppressed));
                writeBytes(out -> sarif.write(report, out));
            } else if (output == null) {
                write(report, environment.out());
            } else {
                OutputFiles.writeAtomically(environment.resolve(output), out -> write(report, out));
            }
            return true;
        } catch (IOException e) {
            usage("cannot write " + output + ": " + LintRun.reason(e));
            return false;
        }
    }

    /** A report made as UTF-8 bytes goes to standard output's bytes or to the file as it is. */
    private void writeBytes(OutputFiles.ByteContent report) throws IOException {
        if (output == null) {
            environment.out().flush();
            report.writeTo(environment.outBytes());
        } else {
            OutputFiles.writeBytesAtomically(environment.resolve(output), report);
        }
    }

    /** Writes a report made as text (JSON, GitHub workflow commands). */
    private void write(Report report, PrintWriter out) {
        switch (format) {
            case json -> new JsonFormatter(Version.version()).write(report, out);
            case github -> new GithubFormatter(path -> path).write(report, out);
        }
    }

    private TextFormatter textFormatter(LintRun run) {
        boolean color = !noColor && output == null && environment.terminal()
                && !environment.variables().containsKey("NO_COLOR");
        Path root = run.context.root();
        boolean fromRoot = root.equals(environment.cwd());
        // a path is shown once per file and once per related place, which often names the same few files
        Map<String, String> shown = new ConcurrentHashMap<>();
        return new TextFormatter(
                path -> fromRoot && plain(path) ? path : shown.computeIfAbsent(path, p -> displayPath(root, p)),
                run::framedLines, color, true);
    }

    /**
     * Whether a root-relative path is already what {@link #displayPath} makes of it in a run from the root: relative,
     * with '/' between names and no empty, "." or ".." name.
     */
    static boolean plain(String path) {
        if (path.isEmpty() || path.indexOf('\\') >= 0) {
            return false;
        }
        for (int start = 0; start <= path.length(); ) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            int length = end - start;
            if (length == 0 || length <= 2 && path.charAt(start) == '.'
                    && (length == 1 || path.charAt(start + 1) == '.')) {
                return false;
            }
            start = end + 1;
        }
        return true;
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
