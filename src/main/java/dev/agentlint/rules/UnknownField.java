package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.model.Format;
import dev.agentlint.model.Severity;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.schema.SchemaViolation;
import java.util.List;

/** A front-matter key the format does not define, or one its runtime ignores in this kind of file. */
public final class UnknownField implements FileRule {

    /** Claude Code drops these from plugin agents for security (plugins reference, "agents"). */
    private static final List<String> IGNORED_IN_PLUGINS = List.of("hooks", "mcpServers", "permissionMode");

    @Override
    public String id() {
        return "unknown-field";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        for (SchemaViolation violation : file.violations()) {
            if (violation.kind() == SchemaViolation.Kind.UNKNOWN_FIELD) {
                Issue issue = Issue.at(SchemaFindings.span(file, violation),
                        violation.message() + consequence(file.format(), violation.pointer().isEmpty()));
                reporter.report(file.format() == Format.GEMINI_CLI ? issue.severity(Severity.ERROR) : issue);
            }
        }
        if (file.format() == Format.CLAUDE_CODE_PLUGIN) {
            for (String field : IGNORED_IN_PLUGINS) {
                file.yaml().location("/" + field).ifPresent(location -> reporter.report(location.keyOrValue(),
                        "field \"" + field + "\" is ignored for plugin agents; Claude Code drops it for security"));
            }
        }
    }

    private static String consequence(Format format, boolean topLevel) {
        if (!topLevel) {
            return "";
        }
        return switch (format) {
            case CLAUDE_CODE, CLAUDE_CODE_PLUGIN -> " (Claude Code ignores it)";
            case COPILOT_AGENT, VSCODE_CHATMODE -> " (VS Code warns and ignores it)";
            case OPENCODE -> " (opencode sends it to the model provider as an option)";
            case GEMINI_CLI -> " (Gemini CLI refuses to load the agent)";
            case CURSOR -> " (Cursor ignores it)";
        };
    }
}
