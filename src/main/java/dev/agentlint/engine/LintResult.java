package dev.agentlint.engine;

import dev.agentlint.model.Finding;
import dev.agentlint.model.Severity;
import java.util.List;

/** What one run found: the findings in their canonical order, and how many files were linted. */
public record LintResult(List<Finding> findings, int files) {

    public LintResult {
        findings = List.copyOf(findings);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean anyAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
