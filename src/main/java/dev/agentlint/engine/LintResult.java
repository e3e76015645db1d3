package dev.agentlint.engine;

import dev.agentlint.model.Finding;
import dev.agentlint.model.Severity;
import java.util.List;

/**
 * What one run found: the findings in their canonical order, the findings suppression comments silenced, the
 * files whose checking failed inside agentlint, and how many files were linted.
 */
public record LintResult(List<Finding> findings, List<SuppressedFinding> suppressed, List<FileFailure> failures,
        int files) {

    public LintResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        failures = List.copyOf(failures);
    }

    public LintResult(List<Finding> findings, int files) {
        this(findings, List.of(), List.of(), files);
    }

    /** The same result with other findings, such as those left after a baseline is applied. */
    public LintResult withFindings(List<Finding> newFindings) {
        return new LintResult(newFindings, suppressed, failures, files);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean anyAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
