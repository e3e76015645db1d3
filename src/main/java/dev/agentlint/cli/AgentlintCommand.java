package dev.agentlint.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level command; it only groups the subcommands. */
final class AgentlintCommand {

    private static final String DESCRIPTION = "Lints AI agent definition files: Claude Code subagents, GitHub "
            + "Copilot custom agents, VS Code chat modes, opencode, Gemini CLI and Cursor agents.";

    private AgentlintCommand() {
    }

    static CommandSpec spec() {
        CommandSpec spec = CommandSpecs.command(new AgentlintCommand(), "agentlint", DESCRIPTION);
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "nothing at or above --fail-on");
        exitCodes.put("1", "findings at or above --fail-on, or a file that could not be read");
        exitCodes.put("2", "usage or configuration error");
        exitCodes.put("3", "internal error");
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        return spec;
    }
}
