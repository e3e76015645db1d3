package dev.agentlint.rules.contract;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.parse.Block;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Who an agent's final message goes to, which decides how much an output contract matters: a delegated
 * subagent hands its result to another agent that has to parse it; a persona talks to a person in a chat.
 */
public enum AgentRole {
    /** Runs on behalf of another agent and returns its result to it. */
    DELEGATED,
    /** Could be either: picked by a person or by another agent. */
    UNDECLARED,
    /** Talks to a person: a chat mode, a primary opencode agent, an agent other agents may not invoke. */
    PERSONA;

    /** Body sentences saying the agent is a subagent working for another agent. */
    private static final Pattern SUBAGENT_SENTENCE = Pattern.compile(
            "\\b(you\\s+are|you're|act(ing)?\\s+as|this\\s+is|operat(e|ing)\\s+as)\\b[^.!?\\n]{0,80}\\bsub-?agent\\b"
                    + "|\\b(called|invoked|spawned|dispatched|delegated|launched|orchestrated)\\s+by\\s+(the\\s+|an?\\s+)?"
                    + "(lead|main|parent|primary|calling|orchestrat\\w*|conductor|coordinator|supervisor|planner)\\b"
                    + "|\\b(report|return|hand)\\s+(back\\s+)?(your\\s+\\w+\\s+)?to\\s+(the\\s+)?(lead|main|parent|primary|calling|"
                    + "orchestrat\\w*|conductor|coordinator|supervisor|caller|invoking)\\b",
            Pattern.CASE_INSENSITIVE);
    /** How many blocks from the top of the body are read for a subagent sentence. */
    private static final int OPENING_BLOCKS = 12;

    /** The role of a file's agent, from its format, its front matter and the opening of its prompt. */
    public static AgentRole of(AgentFile file) {
        JsonNode root = file.yaml().root();
        return switch (file.format()) {
            case CLAUDE_CODE, CLAUDE_CODE_PLUGIN, GEMINI_CLI, CURSOR -> DELEGATED;
            case VSCODE_CHATMODE -> PERSONA;
            case OPENCODE -> opencode(root);
            case COPILOT_AGENT -> copilot(root, file);
        };
    }

    private static AgentRole opencode(JsonNode root) {
        JsonNode modeNode = root == null ? null : root.path("mode");
        String mode = modeNode != null && modeNode.isString() ? modeNode.asString() : "";
        if (mode.equals("subagent") || (root != null && isTrue(root.path("hidden")))) {
            return DELEGATED;
        }
        return mode.equals("primary") ? PERSONA : UNDECLARED;
    }

    private static AgentRole copilot(JsonNode root, AgentFile file) {
        if (root != null && isFalse(root.path("user-invocable"))) {
            return DELEGATED;
        }
        if (root != null && isTrue(root.path("disable-model-invocation"))) {
            return PERSONA;
        }
        List<Block> blocks = file.body().blocks();
        for (int i = 0; i < blocks.size() && i < OPENING_BLOCKS; i++) {
            Block block = blocks.get(i);
            if (block.kind() != Block.Kind.CODE && SUBAGENT_SENTENCE.matcher(block.text()).find()) {
                return DELEGATED;
            }
        }
        return UNDECLARED;
    }

    private static boolean isFalse(JsonNode node) {
        return (node.isBoolean() && !node.asBoolean()) || (node.isString() && node.asString().equals("false"));
    }

    private static boolean isTrue(JsonNode node) {
        return (node.isBoolean() && node.asBoolean()) || (node.isString() && node.asString().equals("true"));
    }
}
