package dev.agentlint.rule;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;
import java.util.List;

/** A rule that looks at all agents of a run together, such as one that finds two agents with one name. */
public interface ProjectRule extends Rule {

    void check(Project project, ProjectReporter reporter);

    /**
     * Computes what {@link #check} will need of one file and keeps it with the file, so that the work is done
     * while files are checked in parallel rather than in the one thread that compares them.
     */
    default void prepare(AgentFile file) {
    }

    /**
     * What {@link #prepare} keeps with a file for {@link #check}; the rest of the file's derived data is dropped. The
     * result cache stores these too.
     */
    default List<KeptValue<?>> kept() {
        return List.of();
    }

    /** Where a project rule reports: a finding belongs to one file and may point at others. */
    interface ProjectReporter {
        void report(AgentFile file, Issue issue);
    }
}
