package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Located;
import dev.agentlint.agent.ToolList;
import dev.agentlint.model.Format;
import dev.agentlint.model.Severity;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.schema.SchemaViolation;
import dev.agentlint.text.Suggestions;
import dev.agentlint.vocab.Vocabulary;

/** A front-matter value of the wrong type or outside what the format accepts. */
public final class InvalidValue implements FileRule {

    @Override
    public String id() {
        return "invalid-value";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        for (SchemaViolation violation : file.violations()) {
            if (violation.kind() == SchemaViolation.Kind.INVALID_VALUE) {
                Issue issue = Issue.at(SchemaFindings.span(file, violation), message(file, violation));
                reporter.report(violation.pointer().equals("/name") ? issue.severity(Severity.WARNING) : issue);
            }
        }
        Vocabulary vocabulary = file.vocabulary();
        file.agent().color().filter(c -> vocabulary.hasColors() && !vocabulary.knownColor(c.value()))
                .ifPresent(color -> reporter.report(color.span(), "color \"" + color.value() + "\" is not one of "
                        + String.join(", ", vocabulary.colors())
                        + Suggestions.didYouMean(color.value(), vocabulary.colors())));
        file.agent().model().filter(m -> !vocabulary.knownModel(m.value()))
                .ifPresent(model -> reportModel(file, model, reporter));
    }

    private static void reportModel(AgentFile file, Located model, Reporter reporter) {
        Vocabulary vocabulary = file.vocabulary();
        String message = "model \"" + model.value() + "\" is not a known " + file.format().displayName()
                + " model; expected " + vocabulary.modelExpected()
                + Suggestions.didYouMean(model.value(), vocabulary.modelAliases());
        reporter.report(Issue.at(model.span(), message).severity(Severity.WARNING));
    }

    private static String message(AgentFile file, SchemaViolation violation) {
        ToolList tools = file.agent().tools();
        if (!violation.pointer().equals("/tools") || tools.shape() == ToolList.Shape.ABSENT) {
            return violation.message();
        }
        String consequence = toolsConsequence(file.format());
        if (tools.shape() == ToolList.Shape.ALLOW_DENY_MAP) {
            return violation.message() + "; " + consequence
                    + ", and no runtime reads \"allowed\"/\"denied\": list the allowed tools and leave out the denied ones";
        }
        return violation.message() + "; " + consequence;
    }

    private static String toolsConsequence(Format format) {
        return switch (format) {
            case VSCODE_CHATMODE, COPILOT_AGENT -> "VS Code rejects it and applies no tool restriction";
            case CLAUDE_CODE, CLAUDE_CODE_PLUGIN -> "Claude Code cannot read it, so the agent keeps every tool";
            case OPENCODE -> "opencode fails to parse the agent";
            case GEMINI_CLI -> "Gemini CLI refuses to load the agent";
            case CURSOR -> "Cursor has no tools field";
        };
    }
}
