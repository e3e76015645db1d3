package dev.agentlint.rule;

import dev.agentlint.agent.AgentFile;

/** A rule that looks at one agent file at a time. */
public interface FileRule extends Rule {

    void check(AgentFile file, Reporter reporter);
}
