package dev.agentlint.rule;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;

/** A rule that looks at all agents of a run together, such as one that finds two agents with one name. */
public interface ProjectRule extends Rule {

    void check(Project project, ProjectReporter reporter);

    /**
     * Computes what {@link #check} will need of one file and keeps it with the file, so that the work is done
     * while files are checked in parallel rather than in the one thread that compares them.
     */
    default void prepare(AgentFile file) {
    }

    /** Where a project rule reports: a finding belongs to one file and may point at others. */
    interface ProjectReporter {
        void report(AgentFile file, Issue issue);
    }
}
