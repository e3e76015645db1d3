package dev.agentlint.rule;

import dev.agentlint.model.Severity;
import java.util.Optional;

/** Decides the severity of a finding; empty means the rule is off for that file. */
public interface SeverityPolicy {

    /**
     * @param requested the severity the rule asked for this finding, or {@code null} for its default
     */
    Optional<Severity> severity(String ruleId, String path, Severity requested);
}
