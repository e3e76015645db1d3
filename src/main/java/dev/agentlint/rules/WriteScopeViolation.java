package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.model.Confidence;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.text.analysis.DocumentAnalysis;
import dev.agentlint.text.analysis.Excerpt;
import dev.agentlint.text.analysis.WriteScope;

/**
 * A write restricted to a scope ("MUST NOT modify files outside your module directory", "Never modify
 * `migrations/`"), and a step that writes outside it ("update `shared/task_list.json`"). Reported at the written
 * path, with the restriction as the related location.
 */
public final class WriteScopeViolation implements FileRule {

    @Override
    public String id() {
        return "write-scope-violation";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        for (WriteScope.Violation violation : WriteScope.violations(DocumentAnalysis.of(file))) {
            WriteScope.Restriction restriction = violation.restriction();
            int line = restriction.statement().line();
            String target = violation.target().written();
            String resolved = violation.target().normalised();
            String message = "this step writes \"" + target + "\""
                    + (target.replaceAll("^\\./|/$", "").equals(resolved) ? "" : " (" + resolved + ")") + ", "
                    + restriction.describe() + "; line " + line + " forbids that: "
                    + Excerpt.quoted(restriction.statement().text());
            Issue issue = Issue.at(violation.span(), message).related(file.path(), restriction.statement().span(),
                    "the restriction on line " + line);
            reporter.report(violation.high() ? issue : issue.confidence(Confidence.MEDIUM));
        }
    }
}
