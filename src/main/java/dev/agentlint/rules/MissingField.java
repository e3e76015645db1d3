package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Reporter;
import dev.agentlint.schema.SchemaViolation;

/** A field the format requires is absent. */
public final class MissingField implements FileRule {

    @Override
    public String id() {
        return "missing-field";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        for (SchemaViolation violation : file.violations()) {
            if (violation.kind() == SchemaViolation.Kind.MISSING_FIELD) {
                reporter.report(SchemaFindings.span(file, violation), violation.message());
            }
        }
    }
}
