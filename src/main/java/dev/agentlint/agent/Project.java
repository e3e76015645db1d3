package dev.agentlint.agent;

import dev.agentlint.config.Config;
import java.util.List;
import java.util.Set;

/**
 * Every agent file of one run, in path order, for rules that compare agents with each other. Some files may be
 * context only (the rest of a repository when a hook passes one changed file): rules read them but report only
 * on the files being checked.
 */
public record Project(List<AgentFile> files, Set<AgentFile> context, Config config) {

    public Project {
        files = List.copyOf(files);
    }

    /** Whether findings about this file are wanted. */
    public boolean checked(AgentFile file) {
        return !context.contains(file);
    }

    /** The files being checked, in path order. */
    public List<AgentFile> checkedFiles() {
        return files.stream().filter(this::checked).toList();
    }
}
