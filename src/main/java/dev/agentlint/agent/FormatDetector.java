package dev.agentlint.agent;

import dev.agentlint.model.Format;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Decides a file's format from its path, else from keys and values only one format uses. */
public final class FormatDetector {

    private static final Map<String, Format> AGENT_DIRECTORIES = Map.of(".claude", Format.CLAUDE_CODE,
            ".gemini", Format.GEMINI_CLI, ".cursor", Format.CURSOR, ".github", Format.COPILOT_AGENT);
    private static final Set<String> COPILOT_KEYS = Set.of("handoffs", "target", "argument-hint", "user-invocable",
            "disable-model-invocation", "mcp-servers", "infer", "agents");
    private static final Set<String> GEMINI_KEYS = Set.of("kind", "max_turns", "timeout_mins", "display_name");
    private static final Set<String> OPENCODE_KEYS = Set.of("permission", "top_p", "steps", "maxSteps", "hidden",
            "hidden_from_cycle", "variant");
    private static final Set<String> OPENCODE_MODES = Set.of("primary", "subagent", "all");
    private static final Set<String> CURSOR_KEYS = Set.of("readonly", "is_background");
    private static final Set<String> CLAUDE_KEYS = Set.of("permissionMode", "disallowedTools", "color", "maxTurns",
            "memory", "isolation", "effort", "skills", "hooks", "mcpServers", "initialPrompt", "background");

    private FormatDetector() {
    }

    /** The format a path implies, for a path with forward slashes. */
    public static Optional<Format> byPath(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        if (!name.endsWith(".md")) {
            return Optional.empty();
        }
        Optional<Format> format = byName(name);
        return format.isPresent() ? format : byDirectory(slash < 0 ? "" : path.substring(0, slash));
    }

    /** The format a Markdown file's name implies by its double extension. */
    public static Optional<Format> byName(String name) {
        if (name.endsWith(".chatmode.md")) {
            return Optional.of(Format.VSCODE_CHATMODE);
        }
        if (name.endsWith(".agent.md")) {
            return Optional.of(Format.COPILOT_AGENT);
        }
        return Optional.empty();
    }

    /**
     * The format a directory (a path with forward slashes) implies for the Markdown files in it whose names imply
     * none, from the nearest known agent directory it is or lies in.
     */
    public static Optional<Format> byDirectory(String directory) {
        List<String> dirs = List.of(("/" + directory).split("/"));
        for (int i = dirs.size() - 1; i >= 1; i--) {
            Optional<Format> format = agentDirectory(dirs.get(i - 1), dirs.get(i));
            if (format.isPresent()) {
                return format;
            }
        }
        return Optional.empty();
    }

    private static Optional<Format> agentDirectory(String parent, String dir) {
        if (dir.equals("agents") && AGENT_DIRECTORIES.containsKey(parent)) {
            return Optional.of(AGENT_DIRECTORIES.get(parent));
        }
        if (parent.equals(".github") && dir.equals("chatmodes")) {
            return Optional.of(Format.VSCODE_CHATMODE);
        }
        if ((parent.equals(".opencode") || parent.equals("opencode")) && (dir.equals("agent") || dir.equals("agents"))) {
            return Optional.of(Format.OPENCODE);
        }
        return Optional.empty();
    }

    /** The format the front matter's own keys and values point to; Claude Code when nothing else does. */
    public static Format byContent(JsonNode frontMatter) {
        if (frontMatter == null || !frontMatter.isObject()) {
            return Format.CLAUDE_CODE;
        }
        if (hasAny(frontMatter, COPILOT_KEYS) || copilotModel(frontMatter.path("model"))) {
            return Format.COPILOT_AGENT;
        }
        if (hasAny(frontMatter, GEMINI_KEYS)) {
            return Format.GEMINI_CLI;
        }
        if (hasAny(frontMatter, CURSOR_KEYS)) {
            return Format.CURSOR;
        }
        if (hasAny(frontMatter, CLAUDE_KEYS)) {
            return Format.CLAUDE_CODE;
        }
        if (opencode(frontMatter)) {
            return Format.OPENCODE;
        }
        return Format.CLAUDE_CODE;
    }

    private static boolean opencode(JsonNode frontMatter) {
        JsonNode mode = frontMatter.path("mode");
        JsonNode model = frontMatter.path("model");
        JsonNode tools = frontMatter.path("tools");
        return hasAny(frontMatter, OPENCODE_KEYS)
                || (mode.isString() && OPENCODE_MODES.contains(mode.asString()))
                || (model.isString() && model.asString().matches("[^/\\s]+/\\S+"))
                || (tools.isObject() && !tools.isEmpty() && tools.values().stream().allMatch(JsonNode::isBoolean));
    }

    private static boolean copilotModel(JsonNode model) {
        return model.isArray() || (model.isString() && model.asString().matches(".*\\([A-Za-z0-9 ._-]+\\)\\s*"));
    }

    private static boolean hasAny(JsonNode object, Set<String> keys) {
        for (String key : keys) {
            if (object.has(key)) {
                return true;
            }
        }
        return false;
    }
}
