package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rules.contract.AgentRole;
import dev.agentlint.rules.contract.ContractFindings;
import dev.agentlint.rules.contract.OutputContract;
import dev.agentlint.rules.contract.OutputContractClassifier;

/** A prompt that says what the agent returns only in passing or by example, never in a section of its own. */
public final class WeakOutputContract implements FileRule {

    @Override
    public String id() {
        return "weak-output-contract";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        if (!ContractFindings.checkable(file)) {
            return;
        }
        OutputContract contract = OutputContractClassifier.of(file);
        if (contract.strength() != OutputContract.Strength.WEAK) {
            return;
        }
        String quoted = ContractFindings.quote(contract.text());
        String message = contract.kind() == OutputContract.Kind.EXAMPLE
                ? "the agent's result is shown only by example (\"" + quoted + "\"); add an \"## Output\" section"
                        + " that states what it returns and in what format"
                : "only a passing phrase (\"" + quoted + "\") says what the agent returns; add an \"## Output\""
                        + " section that states what it returns and in what format";
        reporter.report(Issue.at(contract.evidence(), message)
                .confidence(ContractFindings.confidence(file, AgentRole.of(file))));
    }
}
