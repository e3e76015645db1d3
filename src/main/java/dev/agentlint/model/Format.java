package dev.agentlint.model;

import java.util.Arrays;
import java.util.Optional;

/** The agent-definition formats agentlint understands; ids are what users write in configuration. */
public enum Format {
    CLAUDE_CODE("claude-code", "Claude Code subagent", "claude-code"),
    CLAUDE_CODE_PLUGIN("claude-code-plugin", "Claude Code plugin agent", "claude-code"),
    COPILOT_AGENT("copilot-agent", "GitHub Copilot custom agent", "copilot"),
    VSCODE_CHATMODE("vscode-chatmode", "VS Code chat mode", "copilot"),
    OPENCODE("opencode", "opencode agent", "opencode"),
    GEMINI_CLI("gemini-cli", "Gemini CLI subagent", "gemini-cli"),
    CURSOR("cursor", "Cursor subagent", "cursor");

    private final String id;
    private final String displayName;
    private final String platform;

    Format(String id, String displayName, String platform) {
        this.id = id;
        this.displayName = displayName;
        this.platform = platform;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The vocabulary (tool names, models, colours) this format draws on. */
    public String platform() {
        return platform;
    }

    public boolean isClaude() {
        return this == CLAUDE_CODE || this == CLAUDE_CODE_PLUGIN;
    }

    public boolean isCopilot() {
        return this == COPILOT_AGENT || this == VSCODE_CHATMODE;
    }

    public static Optional<Format> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
