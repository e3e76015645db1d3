package dev.agentlint.cli;

import static dev.agentlint.cli.CommandSpecs.command;
import static dev.agentlint.cli.CommandSpecs.option;
import static dev.agentlint.cli.CommandSpecs.value;

import dev.agentlint.report.Baseline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code agentlint baseline [PATH...]}: accept today's findings so that only new ones fail the build. */
final class BaselineCommand implements Callable<Integer> {

    private static final String DESCRIPTION = "Write the current findings to a baseline file; 'check --baseline "
            + "FILE' then reports only findings that are not in it.";

    private final CommandSpec spec;
    private final Services services;
    private final Environment environment;

    BaselineCommand(Services services, Environment environment) {
        this.services = services;
        this.environment = environment;
        spec = command(this, "baseline", DESCRIPTION, model -> {
            LintOptions.declare(model);
            LintOptions.declareCache(model);
            model.addOption(option(Path.class, "FILE", "Where to write the baseline (default: "
                    + Baseline.DEFAULT_FILE + " at the root).", "-o", "--output").build());
        });
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Path output = value(spec, "--output");
        LintRun run;
        try {
            run = LintRun.execute(LintOptions.of(spec), services, environment);
        } catch (RunContext.UsageProblem e) {
            return fail(e.getMessage());
        }
        Path file = output != null ? environment.resolve(output) : run.context.root().resolve(Baseline.DEFAULT_FILE);
        environment.stopIfAbandoned();
        try {
            OutputFiles.writeAtomically(file, out -> Baseline.write(run.result.findings(), run::source, out));
        } catch (IOException e) {
            return fail("cannot write " + file + ": " + LintRun.reason(e));
        }
        int count = run.result.findings().size();
        environment.out().println("wrote " + count + (count == 1 ? " finding" : " findings") + " to "
                + environment.cwd().relativize(file));
        run.fileErrors.forEach(error -> environment.err().println("agentlint: " + error.path() + ": "
                + error.message()));
        environment.out().flush();
        environment.err().flush();
        return run.fileErrors.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private int fail(String message) {
        environment.err().println("agentlint: " + message);
        environment.err().flush();
        return ExitCodes.USAGE;
    }
}
