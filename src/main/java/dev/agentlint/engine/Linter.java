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
import dev.agentlint.rules.UnusedSuppression;
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
    private final SuppressionFilter suppressionFilter;

    public Linter(List<? extends Rule> rules, RuleCatalog catalog, SchemaSet schemas) {
        this.rules = List.copyOf(rules);
        this.catalog = catalog;
        this.parser = new AgentFileParser(schemas, new Vocabularies());
        this.suppressionFilter = new SuppressionFilter(
                rules.stream().map(Rule::id).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    public LintResult lint(List<InputFile> files, Config config) {
        SeverityPolicy policy = policy(config);
        List<Finding> findings = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (InputFile input : files) {
            lintFile(parser.parse(input, config), policy, findings, suppressed);
        }
        if (!config.strict()) {
            findings.removeIf(f -> f.confidence() != Confidence.HIGH);
            suppressed.removeIf(s -> s.finding().confidence() != Confidence.HIGH);
        }
        List<Finding> unique = new ArrayList<>(new LinkedHashSet<>(findings));
        unique.sort(Finding.ORDER);
        suppressed.sort(java.util.Comparator.comparing(SuppressedFinding::finding, Finding.ORDER));
        return new LintResult(unique, suppressed, files.size());
    }

    private void lintFile(AgentFile file, SeverityPolicy policy, List<Finding> findings,
            List<SuppressedFinding> suppressed) {
        List<Finding> own = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule instanceof FileRule fileRule) {
                fileRule.check(file, new Reporter(rule.id(), file.path(), policy, own::add));
            }
        }
        Reporter unused = new Reporter(UnusedSuppression.ID, file.path(), policy, own::add);
        suppressionFilter.apply(file, own, suppressed, unused,
                ruleId -> policy.severity(ruleId, file.path(), null).isEmpty());
        findings.addAll(own);
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
