package dev.agentlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.text.tools.Capability;
import dev.agentlint.text.tools.CapabilityEvidence;
import dev.agentlint.text.tools.CapabilityFinder;
import dev.agentlint.text.tools.GrantedTools;
import dev.agentlint.text.tools.ToolMention;
import dev.agentlint.text.tools.ToolMentionFinder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tool mentions through the platform dictionaries, capabilities inferred from instructions, grants. */
class ToolsTest {

    @Test
    void claudeMentionsNeedCodeOrTheWordToolWhenTheNameIsAnOrdinaryWord() {
        AgentFile file = TestAgents.parse(".claude/agents/x.md", """
                ---
                name: x
                description: y
                tools: Read, Grep
                ---
                Read the plan, then use the Grep tool and `Bash(git diff *)` to compare. Fetch pages with WebFetch.
                Call `mcp__github__create_issue` for each problem. Never use `Write` here.
                Await every `Task` in the C# code.
                """);
        List<ToolMention> mentions = ToolMentionFinder.find(file);
        assertEquals(List.of("Grep", "Bash", "WebFetch", "mcp__github__create_issue", "Write"),
                mentions.stream().map(ToolMention::name).toList());
        assertEquals(ToolMention.Kind.TOOL_WORD, mentions.get(0).kind());
        assertEquals(ToolMention.Kind.NAMED, mentions.get(2).kind());
        assertTrue(mentions.get(4).negated());
        assertFalse(mentions.get(1).negated());
    }

    @Test
    void copilotReferencesAndToolSetsCoverTheirMembers() {
        AgentFile file = TestAgents.parse(".github/agents/x.agent.md", """
                ---
                description: y
                tools: ['edit', 'search/codebase', 'github/*']
                ---
                Use #tool:fetch to read the guide, #codebase to search, and `editFiles` to change files.
                Open issues with `github/create_issue`; the `agent` field of a prompt file is unrelated.
                """);
        GrantedTools tools = GrantedTools.of(file);
        List<String> names = ToolMentionFinder.find(file).stream().map(ToolMention::name).toList();
        assertEquals(List.of("fetch", "codebase", "editFiles"), names);
        assertFalse(tools.grants("fetch"));
        assertTrue(tools.grants("codebase"), "legacy codebase is search/codebase");
        assertTrue(tools.grants("editFiles"), "the edit set covers editFiles");
        assertTrue(tools.grants("github/create_issue"), "a server wildcard covers the server's tools");
        assertTrue(tools.provides(Capability.WRITE));
        assertFalse(tools.provides(Capability.EXECUTE));
    }

    @Test
    void denyListsAndInheritance() {
        AgentFile denied = TestAgents.parse(".claude/agents/x.md", """
                ---
                name: x
                description: y
                disallowedTools: Write, Edit, mcp__*
                ---
                Review the code.
                """);
        GrantedTools tools = GrantedTools.of(denied);
        assertTrue(tools.inheritsAll());
        assertFalse(tools.grants("Edit"));
        assertFalse(tools.grants("mcp__github__get_issue"));
        assertTrue(tools.grants("Bash"));
        assertFalse(tools.provides(Capability.WRITE));
        assertTrue(tools.provides(Capability.EXECUTE));
    }

    @Test
    void capabilitiesInferredFromInstructionsCommandsAndUrls() {
        AgentFile file = TestAgents.parse(".claude/agents/x.md", """
                ---
                name: x
                description: Checks the changelog against https://keepachangelog.com
                tools: Read
                ---
                1. Run `npm test` and read the failures.
                2. Write the summary to `reports/tests.md`.
                3. Never run `git push`.

                ```bash
                npm ci
                ```
                """);
        List<CapabilityEvidence> evidence = CapabilityFinder.find(file);
        assertTrue(has(evidence, Capability.EXECUTE, CapabilityEvidence.Strength.STRONG, 6));
        assertTrue(has(evidence, Capability.WRITE, CapabilityEvidence.Strength.STRONG, 7));
        assertFalse(has(evidence, Capability.EXECUTE, CapabilityEvidence.Strength.STRONG, 8),
                "a prohibition needs nothing");
        assertTrue(evidence.stream().anyMatch(e -> e.capability() == Capability.WEB), "the description's URL");
    }

    private static boolean has(List<CapabilityEvidence> evidence, Capability capability,
            CapabilityEvidence.Strength strength, int line) {
        return evidence.stream().anyMatch(e -> e.capability() == capability && e.strength() == strength
                && e.line() == line);
    }
}
