package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;

/** A key written twice in one mapping: most YAML readers reject the front matter, the rest keep one value. */
public final class DuplicateKey implements FileRule {

    @Override
    public String id() {
        return "duplicate-key";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        for (var duplicate : file.yaml().duplicateKeys()) {
            reporter.report(Issue.at(duplicate.span(), "key \"" + duplicate.key()
                    + "\" is duplicated; previously defined at line " + duplicate.previous().startLine()
                    + ", keep one")
                    .related(file.path(), duplicate.previous(), "first \"" + duplicate.key() + "\""));
        }
    }
}
