package dev.agentlint.cli;

import dev.agentlint.engine.Linter;
import dev.agentlint.rule.Rule;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.util.List;

/** The long-lived parts of agentlint, created once per process and only when a command needs them. */
final class Services {

    private final List<Rule> rules = Rules.all();
    private final SchemaSet schemas = new SchemaSet();
    private RuleCatalog catalog;
    private Linter linter;

    List<Rule> rules() {
        return rules;
    }

    SchemaSet schemas() {
        return schemas;
    }

    RuleCatalog catalog() {
        if (catalog == null) {
            catalog = RuleCatalog.load(rules);
        }
        return catalog;
    }

    Linter linter() {
        if (linter == null) {
            linter = new Linter(rules, catalog(), schemas);
        }
        return linter;
    }
}
