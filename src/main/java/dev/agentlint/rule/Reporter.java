package dev.agentlint.rule;

import dev.agentlint.model.Finding;
import dev.agentlint.model.Span;
import java.util.function.Consumer;

/** Where a rule reports; the engine fills in the rule id, the file and the severity that applies. */
public final class Reporter {

    private final String ruleId;
    private final String path;
    private final SeverityPolicy policy;
    private final Consumer<Finding> sink;

    public Reporter(String ruleId, String path, SeverityPolicy policy, Consumer<Finding> sink) {
        this.ruleId = ruleId;
        this.path = path;
        this.policy = policy;
        this.sink = sink;
    }

    public String path() {
        return path;
    }

    public void report(Span span, String message) {
        report(Issue.at(span, message));
    }

    /**
     * Reports an issue with the severity that applies, if the rule is on for this file. The message is interned: a
     * run over thousands of files keeps every finding until it is reported, and most messages recur word for word
     * (the same unknown tool or field in many agents).
     */
    public void report(Issue issue) {
        policy.severity(ruleId, path, issue.severity()).ifPresent(severity -> sink.accept(
                new Finding(ruleId, severity, issue.confidence(), issue.message().intern(), path, issue.span(),
                        issue.related(), issue.redacted())));
    }
}
