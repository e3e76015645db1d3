package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.ToolEntry;
import dev.agentlint.model.Format;
import dev.agentlint.model.Severity;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.text.Suggestions;
import dev.agentlint.vocab.Vocabulary;

/** A tool name the platform does not have: the runtime drops or ignores it, so the grant silently does nothing. */
public final class UnknownTool implements FileRule {

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
        for (ToolEntry entry : ToolEntries.checked(file)) {
            boolean denied = ToolEntries.isDenied(file, entry);
            boolean allMcp = file.format().isClaude() && entry.name().equals("mcp__*");
            if (allMcp && denied) {
                continue;
            }
            if (allMcp) {
                reporter.report(entry.span(), "\"mcp__*\" is documented only for disallowedTools; "
                        + "grant \"mcp__<server>\" or \"mcp__<server>__*\" instead");
            } else if (file.format().isClaude() && vocabulary.unavailableToSubagents(entry.name()) && !denied) {
                reporter.report(entry.span(), "tool \"" + entry.name() + "\" is never available to subagents");
            } else if (vocabulary.toolStatus(entry.name()) == Vocabulary.ToolStatus.UNKNOWN) {
                report(file, entry, reporter);
            }
        }
    }

    private static void report(AgentFile file, ToolEntry entry, Reporter reporter) {
        String message = "unknown tool \"" + entry.name() + "\""
                + Suggestions.didYouMean(entry.name(), file.vocabulary().toolNames()) + consequence(file.format());
        Issue issue = Issue.at(entry.span(), message);
        reporter.report(file.format() == Format.GEMINI_CLI ? issue.severity(Severity.ERROR) : issue);
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
