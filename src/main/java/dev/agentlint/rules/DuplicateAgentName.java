package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.ProjectRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Two definitions of one agent name in one scope: the runtime silently uses one of them. */
public final class DuplicateAgentName implements ProjectRule {

    private static final Map<String, String> WINNER = Map.of(
            "claude-code", "Claude Code loads one of them, and which one is unspecified",
            "copilot", "VS Code and GitHub use only one of them",
            "opencode", "opencode keeps only one of them",
            "gemini-cli", "Gemini CLI keeps only one of them",
            "cursor", "Cursor keeps only one of them");

    @Override
    public String id() {
        return "duplicate-agent-name";
    }

    @Override
    public void check(Project project, ProjectReporter reporter) {
        Map<String, List<AgentFile>> byName = new LinkedHashMap<>();
        for (AgentFile file : project.files()) {
            if (file.frontMatter().present() && file.agent().name().isPresent()) {
                String name = file.agent().name().get().value();
                byName.computeIfAbsent(AgentScopes.scope(file) + "|" + name, k -> new ArrayList<>()).add(file);
            }
        }
        for (List<AgentFile> sameName : byName.values()) {
            for (int i = 0; i < sameName.size() && sameName.size() > 1; i++) {
                AgentFile file = sameName.get(i);
                if (!project.checked(file) || (i == 0 && sameName.stream().skip(1).anyMatch(project::checked))) {
                    continue;
                }
                report(file, sameName.get(i == 0 ? 1 : 0), reporter);
            }
        }
    }

    /** The first of two definitions is reported only when the other one is not being checked itself. */
    private static void report(AgentFile file, AgentFile other, ProjectReporter reporter) {
        String name = file.agent().name().orElseThrow().value();
        reporter.report(file, Issue.at(AgentScopes.nameSpan(file), "agent name \"" + name + "\" is also defined in "
                + other.path() + "; " + WINNER.get(file.format().platform()) + ", so rename one")
                .related(other.path(), AgentScopes.nameSpan(other), "\"" + name + "\" defined here"));
    }
}
