package dev.agentlint.engine;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;
import dev.agentlint.config.Config;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.Finding;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.ProjectRule;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rule.Rule;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rule.SeverityPolicy;
import dev.agentlint.rules.UnusedSuppression;
import dev.agentlint.schema.SchemaSet;
import dev.agentlint.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        List<FileOutcome> outcomes = files.parallelStream()
                .map(input -> checkFile(parser.parse(input, config), policy))
                .toList();
        checkProject(outcomes, config, policy);
        List<Finding> findings = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            List<SuppressedFinding> silenced = new ArrayList<>();
            Reporter unused = new Reporter(UnusedSuppression.ID, outcome.file.path(), policy, outcome.findings::add);
            suppressionFilter.apply(outcome.file, outcome.findings, silenced, unused,
                    ruleId -> policy.severity(ruleId, outcome.file.path(), null).isEmpty());
            findings.addAll(outcome.findings);
            suppressed.addAll(silenced);
        }
        if (!config.strict()) {
            findings.removeIf(f -> f.confidence() != Confidence.HIGH);
            suppressed.removeIf(s -> s.finding().confidence() != Confidence.HIGH);
        }
        List<Finding> unique = new ArrayList<>(new LinkedHashSet<>(findings));
        unique.sort(Finding.ORDER);
        suppressed.sort(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER));
        return new LintResult(unique, suppressed, files.size());
    }

    /** One file and the findings made about it so far. */
    private record FileOutcome(AgentFile file, List<Finding> findings) {
    }

    private FileOutcome checkFile(AgentFile file, SeverityPolicy policy) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule instanceof FileRule fileRule) {
                fileRule.check(file, new Reporter(rule.id(), file.path(), policy, findings::add));
            }
        }
        return new FileOutcome(file, findings);
    }

    private void checkProject(List<FileOutcome> outcomes, Config config, SeverityPolicy policy) {
        Map<AgentFile, List<Finding>> byFile = new IdentityHashMap<>();
        outcomes.forEach(outcome -> byFile.put(outcome.file, outcome.findings));
        Project project = new Project(outcomes.stream().map(FileOutcome::file).toList(), config);
        for (Rule rule : rules) {
            if (rule instanceof ProjectRule projectRule) {
                projectRule.check(project, (file, issue) -> new Reporter(rule.id(), file.path(), policy,
                        byFile.get(file)::add).report(issue));
            }
        }
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
