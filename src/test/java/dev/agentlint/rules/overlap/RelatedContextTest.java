package dev.agentlint.rules.overlap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;
import dev.agentlint.config.Config;
import dev.agentlint.text.TestAgents;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A hook checks one agent of a repository with hundreds: it is compared with the context agents that describe the
 * same work, and words many of the repository's descriptions use ("data pipelines" in a data team's repository) do
 * not make an agent related.
 */
class RelatedContextTest {

    @Test
    void contextAgentsSharingOnlyCommonWordsAreNotCompared() {
        AgentFile changed = agent("kafka-lag-tuner", "Tunes Kafka consumer lag in data pipelines.");
        AgentFile related = agent("stream-lag-watcher", "Watches Kafka consumer lag.");
        AgentFile oneRareWord = agent("queue-sizer", "Sizes Kafka partitions.");
        List<AgentFile> files = new ArrayList<>(List.of(changed, related, oneRareWord));
        for (int i = 0; i < OverlapAnalysis.CONTEXT_IN_FULL; i++) {
            files.add(agent("helper-" + i, "Builds the data pipelines of team " + i + "."));
        }
        Set<AgentFile> context = new HashSet<>(files);
        context.remove(changed);

        List<AgentFile> compared = OverlapAnalysis.comparedFiles(new Project(files, context, Config.defaults()));

        assertEquals(List.of("kafka-lag-tuner", "stream-lag-watcher"), names(compared));
    }

    @Test
    void everyAgentIsComparedInARepositoryOfOrdinarySize() {
        AgentFile changed = agent("kafka-lag-tuner", "Tunes Kafka consumer lag in data pipelines.");
        List<AgentFile> files = new ArrayList<>(List.of(changed));
        for (int i = 0; i < OverlapAnalysis.CONTEXT_IN_FULL; i++) {
            files.add(agent("helper-" + i, "Builds the data pipelines of team " + i + "."));
        }
        Set<AgentFile> context = new HashSet<>(files);
        context.remove(changed);

        assertEquals(files.size(), OverlapAnalysis.comparedFiles(new Project(files, context, Config.defaults())).size());
    }

    private static AgentFile agent(String name, String description) {
        return TestAgents.parse(".claude/agents/" + name + ".md",
                "---\nname: " + name + "\ndescription: " + description + "\n---\nDo the work.\n");
    }

    private static List<String> names(List<AgentFile> files) {
        return files.stream().map(AgentFile::fileName).map(n -> n.replace(".md", "")).toList();
    }
}
