package dev.agentlint.agent;

import dev.agentlint.config.Config;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Every agent file of one run, in path order, for rules that compare agents with each other. Some files may be
 * context only (the rest of a repository when a hook passes one changed file): rules read them but report only
 * on the files being checked.
 */
public final class Project {

    private final List<AgentFile> files;
    private final Set<AgentFile> context;
    private final Config config;
    private final DerivedValues derived = new DerivedValues();

    /** The files in any order: a run's findings must not depend on the order its files were given in. */
    public Project(List<AgentFile> files, Set<AgentFile> context, Config config) {
        // a lambda of agentlint's own rather than Comparator.comparing, whose classes are generated on first use
        this.files = files.stream().sorted((a, b) -> a.path().compareTo(b.path())).toList();
        this.context = context;
        this.config = config;
    }

    public List<AgentFile> files() {
        return files;
    }

    public Config config() {
        return config;
    }

    /** Whether findings about this file are wanted. */
    public boolean checked(AgentFile file) {
        return !context.contains(file);
    }

    /** The files being checked, in path order. */
    public List<AgentFile> checkedFiles() {
        return files.stream().filter(this::checked).toList();
    }

    /** A value several rules compute from all files (an index of their profiles), computed once. */
    public <T> T derived(Class<T> type, Function<Project, T> compute) {
        return derived.get(type, () -> compute.apply(this));
    }
}
