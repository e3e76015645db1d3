package dev.agentlint.cli;

import dev.agentlint.rule.RuleMeta;
import dev.agentlint.text.Suggestions;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agentlint explain RULE}: a rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Show what a rule checks, why, and an example of bad and good input.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE", description = "A rule id, as listed by 'agentlint rules'.")
    String ruleId;

    @Spec
    CommandSpec spec;

    private final Services services;

    ExplainCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() {
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
