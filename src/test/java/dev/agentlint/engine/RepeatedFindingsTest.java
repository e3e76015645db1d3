package dev.agentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.config.Config;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Severity;
import dev.agentlint.model.Span;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A finding a rule makes twice is reported once, and findings come in order, those the order cannot tell apart in
 * the order they were made: on generated sequences with repeats and ties (seeds are reproducible).
 */
class RepeatedFindingsTest {

    private static final Config STRICT = Config.defaults().withStrict(true);

    @Test
    void eachFindingIsReportedOnceInOrder() {
        for (long seed = 0; seed < 300; seed++) {
            List<Issue> issues = generate(new Random(seed));
            FileRule rule = new FileRule() {
                @Override
                public String id() {
                    return "prose-only-restriction";
                }

                @Override
                public void check(AgentFile file, Reporter reporter) {
                    issues.forEach(reporter::report);
                }
            };
            LintResult result = new Linter(List.of(rule), RuleCatalog.load(Rules.all()), new SchemaSet())
                    .lint(List.of(InputFile.of("a.md", "---\nname: a\n---\nbody\n")), STRICT);

            assertEquals(expected(issues), result.findings(), "seed " + seed);
        }
    }

    /** The findings made, each once as first made, then sorted by a stable sort. */
    private static List<Finding> expected(List<Issue> issues) {
        LinkedHashSet<Finding> unique = new LinkedHashSet<>();
        for (Issue issue : issues) {
            unique.add(new Finding("prose-only-restriction", issue.severity(), issue.confidence(), issue.message(),
                    "a.md", issue.span(), issue.related(), false));
        }
        List<Finding> sorted = new ArrayList<>(unique);
        sorted.sort(Finding.ORDER);
        return sorted;
    }

    /** Issues from a small pool, so that some repeat and some tie in the order while differing in a related place. */
    private static List<Issue> generate(Random random) {
        List<Issue> issues = new ArrayList<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            Issue issue = Issue.at(Span.point(1 + random.nextInt(3), 1), "message " + random.nextInt(2))
                    .severity(Severity.WARNING);
            if (random.nextBoolean()) {
                issue = issue.related("b.md", Span.point(1 + random.nextInt(2), 1), "there");
            }
            issues.add(issue);
        }
        return issues;
    }
}
