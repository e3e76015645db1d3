package dev.agentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;
import dev.agentlint.config.Config;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Span;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.ProjectRule;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Without --strict, findings of medium confidence are dropped as they are made, unless the file has suppression
 * comments that may match them: the report is the one that filtering at the end gives.
 */
class LowConfidenceFindingsTest {

    private final FileRule fileRule = new FileRule() {
        @Override
        public String id() {
            return "prose-only-restriction";
        }

        @Override
        public void check(AgentFile file, Reporter reporter) {
            reporter.report(Issue.at(Span.point(4, 1), "sure, in the file"));
            reporter.report(Issue.at(Span.point(5, 1), "unsure, in the file").confidence(Confidence.MEDIUM));
        }
    };

    private final ProjectRule projectRule = new ProjectRule() {
        @Override
        public String id() {
            return "scope-overlap";
        }

        @Override
        public void check(Project project, ProjectReporter reporter) {
            for (AgentFile file : project.files()) {
                reporter.report(file, Issue.at(Span.point(2, 1), "sure, across files"));
                reporter.report(file, Issue.at(Span.point(5, 2), "unsure, across files").confidence(Confidence.MEDIUM));
            }
        }
    };

    @Test
    void withoutStrictOnlySureFindingsAreReported() {
        assertEquals(List.of("a.md:2:1 sure, across files", "a.md:4:1 sure, in the file",
                "b.md:2:1 sure, across files", "b.md:4:1 sure, in the file"),
                lint(false, agent("a.md", ""), agent("b.md", "")));
    }

    @Test
    void withStrictEveryFindingIsReported() {
        assertEquals(List.of("a.md:2:1 sure, across files", "a.md:4:1 sure, in the file",
                "a.md:5:1 unsure, in the file", "a.md:5:2 unsure, across files"),
                lint(true, agent("a.md", ""), agent("b.md", "")).subList(0, 4));
    }

    @Test
    void aSuppressionThatOnlyUnsureFindingsMatchIsStillUsed() {
        assertEquals(List.of("a.md:2:1 sure, across files", "a.md:4:1 sure, in the file",
                "b.md:2:1 sure, across files", "b.md:4:1 sure, in the file"),
                lint(false, agent("a.md", "<!-- agentlint-disable-line prose-only-restriction scope-overlap -->"),
                        agent("b.md", "")));
    }

    private List<String> lint(boolean strict, InputFile... files) {
        Config config = Config.defaults().withStrict(strict);
        LintResult result = new Linter(List.of(fileRule, projectRule), RuleCatalog.load(Rules.all()),
                new SchemaSet()).lint(List.of(files), config);
        assertEquals(List.of(), result.failures());
        return result.findings().stream().map(LowConfidenceFindingsTest::describe).toList();
    }

    private static String describe(Finding finding) {
        return finding.path() + ":" + finding.span().startLine() + ":" + finding.span().startColumn() + " "
                + finding.message();
    }

    /** An agent with its role on line 4 and a suppression comment, if any, on line 5. */
    private static InputFile agent(String path, String suppression) {
        String name = path.substring(0, path.length() - 3);
        String text = "---\nname: " + name + "\n---\nYou are " + name + ".\n" + suppression + "\n";
        return new InputFile(path, text.getBytes(StandardCharsets.UTF_8), Optional.empty(), false);
    }
}
