package dev.agentlint.cli;

import static dev.agentlint.cli.CommandSpecs.command;

import dev.agentlint.rule.RuleMeta;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code agentlint rules}: the rule catalog as a table. */
final class RulesCommand implements Callable<Integer> {

    private final CommandSpec spec;
    private final Services services;

    RulesCommand(Services services) {
        this.services = services;
        spec = command(this, "rules", "List every rule with its default severity and summary.");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        int width = services.catalog().all().stream().mapToInt(m -> m.id().length()).max().orElse(4);
        var out = spec.commandLine().getOut();
        out.println(pad("RULE", width) + "  " + pad("SEVERITY", 8) + "  SUMMARY");
        for (RuleMeta meta : services.catalog().all()) {
            out.println(pad(meta.id(), width) + "  " + pad(meta.severity().id(), 8) + "  " + meta.summary());
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }
}
