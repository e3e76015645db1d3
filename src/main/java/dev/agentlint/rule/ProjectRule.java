package dev.agentlint.rule;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;

/** A rule that looks at all agents of a run together, such as one that finds two agents with one name. */
public interface ProjectRule extends Rule {

    void check(Project project, ProjectReporter reporter);

    /** Where a project rule reports: a finding belongs to one file and may point at others. */
    interface ProjectReporter {
        void report(AgentFile file, Issue issue);
    }
}
