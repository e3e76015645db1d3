package dev.agentlint.agent;

import dev.agentlint.config.Config;
import java.util.List;

/** Every agent file of one run, in path order, for rules that compare agents with each other. */
public record Project(List<AgentFile> files, Config config) {

    public Project {
        files = List.copyOf(files);
    }
}
