package dev.agentlint.engine;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.config.Config;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Confidence;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rule.Rule;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rule.SeverityPolicy;
import dev.agentlint.schema.SchemaSet;
import dev.agentlint.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** The pure core: files and configuration in, sorted and de-duplicated findings out. */
public final class Linter {

    private final List<? extends Rule> rules;
    private final RuleCatalog catalog;
    private final AgentFileParser parser;

    public Linter(List<? extends Rule> rules, RuleCatalog catalog, SchemaSet schemas) {
        this.rules = List.copyOf(rules);
        this.catalog = catalog;
        this.parser = new AgentFileParser(schemas, new Vocabularies());
    }

    public LintResult lint(List<InputFile> files, Config config) {
        SeverityPolicy policy = policy(config);
        List<Finding> findings = new ArrayList<>();
        for (InputFile input : files) {
            AgentFile file = parser.parse(input, config);
            for (Rule rule : rules) {
                if (rule instanceof FileRule fileRule) {
                    fileRule.check(file, new Reporter(rule.id(), file.path(), policy, findings::add));
                }
            }
        }
        if (!config.strict()) {
            findings.removeIf(f -> f.confidence() != Confidence.HIGH);
        }
        List<Finding> unique = new ArrayList<>(new LinkedHashSet<>(findings));
        unique.sort(Finding.ORDER);
        return new LintResult(unique, files.size());
    }

    private SeverityPolicy policy(Config config) {
        return (ruleId, path, requested) -> {
            Optional<dev.agentlint.config.Level> configured = config.level(ruleId, path);
            if (configured.isPresent()) {
                return configured.get().severity();
            }
            return Optional.of(requested != null ? requested : catalog.get(ruleId).severity());
        };
    }
}
