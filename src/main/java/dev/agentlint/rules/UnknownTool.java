package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.ToolEntry;
import dev.agentlint.agent.ToolList;
import dev.agentlint.model.Format;
import dev.agentlint.model.Severity;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.text.Suggestions;
import dev.agentlint.vocab.Vocabulary;
import java.util.List;
import java.util.Map;

/** A tool name the platform does not have: the runtime drops or ignores it, so the grant silently does nothing. */
public final class UnknownTool implements FileRule {

    private static final Map<String, String> PLATFORM_NAMES = Map.of("claude-code", "Claude Code",
            "copilot", "GitHub Copilot / VS Code", "gemini-cli", "Gemini CLI", "opencode", "opencode",
            "cursor", "Cursor");

    @Override
    public String id() {
        return "unknown-tool";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        Vocabulary vocabulary = file.vocabulary();
        if (!vocabulary.hasTools()) {
            return;
        }
        int unknownGrants = 0;
        for (ToolEntry entry : ToolEntries.checked(file)) {
            boolean denied = ToolEntries.isDenied(file, entry);
            boolean allMcp = file.format().isClaude() && entry.name().equals("mcp__*");
            if (allMcp && !denied) {
                reporter.report(entry.span(), "\"mcp__*\" is documented only for disallowedTools; "
                        + "grant \"mcp__<server>\" or \"mcp__<server>__*\" instead");
            } else if (file.format().isClaude() && vocabulary.unavailableToSubagents(entry.name()) && !denied) {
                reporter.report(entry.span(), "tool \"" + entry.name() + "\" is never available to subagents");
            } else if (!allMcp && vocabulary.toolStatus(entry.name()) == Vocabulary.ToolStatus.UNKNOWN) {
                report(file, entry, reporter);
                unknownGrants += denied ? 0 : 1;
            }
        }
        reportNothingResolves(file, unknownGrants, reporter);
    }

    /** A platform's name for messages, such as "Claude Code". */
    static String platformName(String platform) {
        return PLATFORM_NAMES.get(platform);
    }

    private static void report(AgentFile file, ToolEntry entry, Reporter reporter) {
        String platform = file.format().platform();
        String hint = file.vocabularies().platformOfTool(entry.name(), platform)
                .map(other -> "; it is a " + PLATFORM_NAMES.get(other) + " tool")
                .orElseGet(() -> Suggestions.didYouMean(entry.name(), file.vocabulary().toolNames()));
        if (file.format().isCopilot() && hint.isEmpty()) {
            reporter.report(Issue.at(entry.span(), "unknown tool \"" + entry.name() + "\"; if an extension or MCP "
                    + "server provides it, add it to known-tools").severity(Severity.INFO));
            return;
        }
        Issue issue = Issue.at(entry.span(), "unknown tool \"" + entry.name() + "\"" + hint
                + consequence(file.format()));
        reporter.report(file.format() == Format.GEMINI_CLI ? issue.severity(Severity.ERROR) : issue);
    }

    /** Claude Code refuses to start an agent none of whose listed tools resolves (v2.1.208+). */
    private static void reportNothingResolves(AgentFile file, int unknownGrants, Reporter reporter) {
        ToolList tools = file.agent().tools();
        List<ToolEntry> granted = tools.entries();
        if (file.format().isClaude() && tools.honoured() && !granted.isEmpty() && unknownGrants == granted.size()) {
            reporter.report(Issue.at(tools.span(), "none of the listed tools exists in Claude Code; it refuses to "
                    + "start the agent (\"would be spawned with zero tools\")").severity(Severity.ERROR));
        }
    }

    private static String consequence(Format format) {
        return switch (format) {
            case CLAUDE_CODE, CLAUDE_CODE_PLUGIN -> " (Claude Code drops it)";
            case COPILOT_AGENT, VSCODE_CHATMODE -> " (VS Code and GitHub ignore it)";
            case OPENCODE -> " (opencode matches no tool with it)";
            case GEMINI_CLI -> " (Gemini CLI refuses to load the agent)";
            case CURSOR -> "";
        };
    }
}
