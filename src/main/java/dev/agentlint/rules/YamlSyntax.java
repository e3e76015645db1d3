package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Reporter;

/** Front matter that is not valid YAML: the runtime reads none of it. */
public final class YamlSyntax implements FileRule {

    @Override
    public String id() {
        return "yaml-syntax";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        file.yaml().error().ifPresent(error -> reporter.report(error.span(), error.message()));
    }
}
