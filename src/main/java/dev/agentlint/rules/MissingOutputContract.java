package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.model.Severity;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rules.contract.AgentRole;
import dev.agentlint.rules.contract.ContractFindings;
import dev.agentlint.rules.contract.OutputContract;
import dev.agentlint.rules.contract.OutputContractClassifier;

/**
 * A prompt that never says what the agent returns: a warning for subagents, whose final message is all their
 * caller gets, and info for agents a person may pick; chat modes and primary agents only in strict mode.
 */
public final class MissingOutputContract implements FileRule {

    @Override
    public String id() {
        return "missing-output-contract";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        if (!ContractFindings.checkable(file)
                || OutputContractClassifier.of(file).strength() != OutputContract.Strength.NONE) {
            return;
        }
        AgentRole role = AgentRole.of(file);
        String message = switch (role) {
            case DELEGATED -> "no section says what the agent returns to its caller; add an \"## Output\" section"
                    + " that describes the result (its format and what it contains)";
            case UNDECLARED -> "no section says what the agent returns; add an \"## Output\" section that describes"
                    + " the result (its format and what it contains)";
            case PERSONA -> "no section says what the agent's answers contain; consider an \"## Output\" section"
                    + " that describes them";
        };
        reporter.report(Issue.at(ContractFindings.promptStart(file), message)
                .severity(role == AgentRole.DELEGATED ? Severity.WARNING : Severity.INFO)
                .confidence(ContractFindings.confidence(file, role)));
    }
}
