package dev.agentlint.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;

/** The top-level command; it only groups the subcommands. */
@Command(name = "agentlint",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Lints AI agent definition files: Claude Code subagents, GitHub Copilot custom agents, "
                + "VS Code chat modes, opencode, Gemini CLI and Cursor agents.",
        subcommands = {CheckCommand.class, BaselineCommand.class, OverlapCommand.class, RulesCommand.class, ExplainCommand.class,
                AutoComplete.GenerateCompletion.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:nothing at or above --fail-on",
                "1:findings at or above --fail-on, or a file that could not be read",
                "2:usage or configuration error",
                "3:internal error"})
final class AgentlintCommand {
}
