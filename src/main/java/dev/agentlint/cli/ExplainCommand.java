package dev.agentlint.cli;

import static dev.agentlint.cli.CommandSpecs.command;
import static dev.agentlint.cli.CommandSpecs.parameter;

import dev.agentlint.rule.RuleMeta;
import dev.agentlint.text.Suggestions;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code agentlint explain RULE}: a rule's documentation. */
final class ExplainCommand implements Callable<Integer> {

    private final CommandSpec spec;
    private final Services services;

    ExplainCommand(Services services) {
        this.services = services;
        spec = command(this, "explain", "Show what a rule checks, why, and an example of bad and good input.",
                model -> model.addPositional(parameter(String.class, "RULE",
                        "A rule id, as listed by 'agentlint rules'.").required(true).build()));
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        String ruleId = spec.positionalParameters().get(0).getValue();
        Optional<RuleMeta> meta = services.catalog().find(ruleId);
        if (meta.isEmpty()) {
            var ids = services.catalog().all().stream().map(RuleMeta::id).toList();
            spec.commandLine().getErr().println("agentlint: unknown rule \"" + ruleId + "\""
                    + Suggestions.didYouMean(ruleId, ids) + "; run 'agentlint rules' for the list");
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        print(meta.get(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private static void print(RuleMeta meta, PrintWriter out) {
        out.println(meta.id() + ": " + meta.summary());
        out.println();
        out.println("Default severity: " + meta.severity().id());
        out.println("Formats: " + String.join(", ", meta.formats()));
        out.println("Tags: " + String.join(", ", meta.tags()));
        out.println();
        out.println(meta.description());
        out.println();
        out.println("Why: " + meta.rationale());
        out.println();
        out.println("Bad:");
        out.println(indent(meta.badExample()));
        out.println("Good:");
        out.println(indent(meta.goodExample()));
        out.flush();
    }

    private static String indent(String text) {
        return text.lines().map(l -> "    " + l).collect(java.util.stream.Collectors.joining("\n"));
    }
}
