package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.ToolEntry;
import dev.agentlint.model.Format;
import dev.agentlint.model.Severity;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.vocab.Vocabulary;
import java.util.Map;

/** Legacy tool names, legacy chat-mode files and deprecated fields: they work today and may stop tomorrow. */
public final class Deprecated implements FileRule {

    /** Deprecated front-matter fields and what replaces them, per format (formats.md sections 4 and 5). */
    private static final Map<Format, Map<String, String>> FIELDS = Map.of(
            Format.OPENCODE, Map.of("maxSteps", "steps", "tools", "permission"),
            Format.COPILOT_AGENT, Map.of("infer", "user-invocable and disable-model-invocation"),
            Format.VSCODE_CHATMODE, Map.of("infer", "user-invocable and disable-model-invocation"));

    @Override
    public String id() {
        return "deprecated";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        checkChatMode(file, reporter);
        checkFields(file, reporter);
        Vocabulary vocabulary = file.vocabulary();
        for (ToolEntry entry : ToolEntries.checked(file)) {
            if (vocabulary.toolStatus(entry.name()) == Vocabulary.ToolStatus.LEGACY) {
                String replacement = vocabulary.replacement(entry.name())
                        .map(r -> vocabulary.replacementUnconfirmed(entry.name())
                                ? "; its current name is probably \"" + r + "\"" : "; use \"" + r + "\"")
                        .orElse(file.format().isCopilot() ? "" : "; remove it");
                Issue issue = Issue.at(entry.span(), "tool \"" + entry.name() + "\" is a legacy name" + replacement);
                reporter.report(file.format().isCopilot() ? issue.severity(Severity.INFO) : issue);
            }
            vocabulary.disabledByDefault(entry.name()).ifPresent(why ->
                    reporter.report(entry.span(), "tool \"" + entry.name() + "\" is " + why));
        }
    }

    private static void checkChatMode(AgentFile file, Reporter reporter) {
        if (file.format() == Format.VSCODE_CHATMODE && file.fileName().endsWith(".chatmode.md")
                && file.frontMatter().openingFence() != null) {
            reporter.report(file.frontMatter().openingFence(), "chat modes were renamed to custom agents; "
                    + "rename the file to *.agent.md and move it to .github/agents/");
        }
    }

    private static void checkFields(AgentFile file, Reporter reporter) {
        FIELDS.getOrDefault(file.format(), Map.of()).forEach((field, replacement) ->
                file.yaml().location("/" + field).ifPresent(location -> reporter.report(location.keyOrValue(),
                        "field \"" + field + "\" is deprecated; use " + quoteEach(replacement))));
    }

    private static String quoteEach(String replacement) {
        return "\"" + replacement.replace(" and ", "\" and \"") + "\"";
    }
}
