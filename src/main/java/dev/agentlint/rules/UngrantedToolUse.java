package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.ToolEntry;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.Span;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.text.analysis.Excerpt;
import dev.agentlint.text.tools.Capability;
import dev.agentlint.text.tools.CapabilityEvidence;
import dev.agentlint.text.tools.CapabilityFinder;
import dev.agentlint.text.tools.GrantedTools;
import dev.agentlint.text.tools.ToolMention;
import dev.agentlint.text.tools.ToolMentionFinder;
import dev.agentlint.vocab.Vocabulary;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The body needs a tool the tools list does not grant, or one the deny list takes away: the agent will fail at
 * that step or improvise. An explicitly named tool is a high-confidence finding; a capability inferred from an
 * instruction ("Run `npm test`" with no shell granted) is medium.
 */
public final class UngrantedToolUse implements FileRule {

    /** Capabilities a shell provides too: an agent with a shell can read, write and fetch, if clumsily. */
    private static final Set<Capability> SHELL_COVERS = EnumSet.of(Capability.READ, Capability.WRITE, Capability.WEB);
    private static final Set<Capability> INFERRED = EnumSet.of(Capability.EXECUTE, Capability.WRITE, Capability.WEB,
            Capability.READ);

    @Override
    public String id() {
        return "ungranted-tool-use";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        GrantedTools tools = GrantedTools.of(file);
        if (tools.inheritsAll() && tools.denied().isEmpty()) {
            return;
        }
        if (!tools.inheritsAll() && !listsAKnownTool(file, tools)) {
            return;
        }
        Set<String> reported = new HashSet<>();
        Set<Capability> coveredByName = EnumSet.noneOf(Capability.class);
        List<ToolMention> mentions = ToolMentionFinder.find(file);
        for (int i = 0; i < mentions.size(); i++) {
            ToolMention mention = mentions.get(i);
            if (!mention.asserted() || reported.contains(mention.name())
                    || grantedAlternative(file, tools, mentions, i)) {
                continue;
            }
            reported.add(mention.name());
            Optional<ToolEntry> denial = tools.denialOf(mention.name());
            if (denial.isPresent()) {
                reporter.report(Issue.at(mention.span(), "the body uses \"" + mention.name() + "\", but the deny list "
                        + "removes it (\"" + denial.get().written() + "\"); the agent cannot follow this step")
                        .related(file.path(), denial.get().span(), "denied here"));
                coveredByName.addAll(tools.capabilities(mention.name()));
            } else if (!tools.inheritsAll() && tools.grantFor(mention.name()).isEmpty()) {
                reporter.report(Issue.at(mention.span(), "the body uses \"" + mention.name() + "\", which the tools "
                        + "list does not grant; add it to tools or change this step")
                        .related(file.path(), tools.listSpan(), "the tools list"));
                coveredByName.addAll(tools.capabilities(mention.name()));
            }
        }
        if (tools.inheritsAll()) {
            return;
        }
        Set<Capability> reportedCapabilities = EnumSet.noneOf(Capability.class);
        for (CapabilityEvidence evidence : CapabilityFinder.find(file)) {
            Capability capability = evidence.capability();
            if (evidence.strength() != CapabilityEvidence.Strength.STRONG || !INFERRED.contains(capability)
                    || coveredByName.contains(capability) || !reportedCapabilities.add(capability)) {
                continue;
            }
            if (tools.provides(capability) || SHELL_COVERS.contains(capability) && tools.provides(Capability.EXECUTE)
                    || capability == Capability.READ && tools.provides(Capability.MCP)) {
                // an MCP server (GitHub, a file system, a database) may well be how the agent reads
                continue;
            }
            reporter.report(Issue.at(evidence.span(), "this step needs to " + capability.describe() + " ("
                    + Excerpt.quoted(evidence.why()) + "), but no tool in the tools list can; grant one or change "
                    + "the step").related(file.path(), tools.listSpan(), "the tools list")
                    .confidence(Confidence.MEDIUM));
        }
    }

    /** A list of nothing but unknown names is unknown-tool's finding; comparing the body with it says nothing. */
    private static boolean listsAKnownTool(AgentFile file, GrantedTools tools) {
        for (ToolEntry entry : tools.granted()) {
            if (file.vocabulary().toolStatus(entry.name()) != Vocabulary.ToolStatus.UNKNOWN
                    || entry.name().startsWith("mcp__")) {
                return true;
            }
        }
        return false;
    }

    /** "using `Write` or `Edit`": one granted alternative is enough. */
    private static boolean grantedAlternative(AgentFile file, GrantedTools tools, List<ToolMention> mentions, int i) {
        ToolMention mention = mentions.get(i);
        for (int j = Math.max(0, i - 2); j <= Math.min(mentions.size() - 1, i + 2); j++) {
            ToolMention other = mentions.get(j);
            if (j == i || other.line() != mention.line() || !tools.grants(other.name())) {
                continue;
            }
            Span between = j < i ? new Span(other.span().end(), mention.span().start())
                    : new Span(mention.span().end(), other.span().start());
            String text = file.source().slice(between).replaceAll("[`*\\s]", "").toLowerCase(java.util.Locale.ROOT);
            if (text.equals("or") || text.equals("/") || text.equals("and/or") || text.equals(",or")) {
                return true;
            }
        }
        return false;
    }
}
