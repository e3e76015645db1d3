package dev.agentlint.text.tools;

import java.util.Locale;

/** What a tool lets an agent do, independent of the platform's tool names. */
public enum Capability {
    /** Read or search files. */
    READ,
    /** Create, change or delete files. */
    WRITE,
    /** Run shell commands. */
    EXECUTE,
    /** Fetch web pages or search the web. */
    WEB,
    /** Start another agent. */
    DELEGATE,
    /** Call tools of an MCP server. */
    MCP;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How a message names what the capability allows ("run commands"). */
    public String describe() {
        return switch (this) {
            case READ -> "read files";
            case WRITE -> "write files";
            case EXECUTE -> "run commands";
            case WEB -> "access the web";
            case DELEGATE -> "start other agents";
            case MCP -> "call MCP tools";
        };
    }

    public static Capability byId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
