package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.ToolEntry;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.text.analysis.DocumentAnalysis;
import dev.agentlint.text.analysis.Token;
import dev.agentlint.text.analysis.Unit;
import dev.agentlint.text.tools.Capability;
import dev.agentlint.text.tools.CapabilityEvidence;
import dev.agentlint.text.tools.CapabilityFinder;
import dev.agentlint.text.tools.GrantedTools;
import dev.agentlint.text.tools.ToolCatalog;
import dev.agentlint.text.tools.ToolMention;
import dev.agentlint.text.tools.ToolMentionFinder;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A high-risk tool (a shell, file writes, web access, an MCP server) granted although nothing in the body names it
 * or asks for what it does. Least privilege: every such grant widens what a prompt injection can do.
 */
public final class UnusedToolGrant implements FileRule {

    /** Prompts shorter than this say too little for "never needs" to be a finding. */
    private static final int MIN_WORDS = 60;
    /** Parts of MCP server names that say nothing about the server ("azure-mcp", "neo4j-local"). */
    private static final Set<String> GENERIC_SERVER_WORDS = Set.of("mcp", "server", "local", "remote", "tools", "tool",
            "api", "dev", "official", "plugin", "client", "service", "the");
    /** The most frequent English words; a body with few of them is in another language, where evidence is unseen. */
    private static final Set<String> ENGLISH = Set.of("the", "and", "to", "of", "a", "in", "for", "is", "with", "you",
            "your", "be", "on", "that", "this", "or", "are", "it", "as", "use", "when", "all", "any", "each");

    @Override
    public String id() {
        return "unused-tool-grant";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        GrantedTools tools = GrantedTools.of(file);
        if (tools.inheritsAll() || tools.granted().isEmpty() || !english(file)) {
            return;
        }
        ToolCatalog catalog = ToolCatalog.get();
        List<ToolMention> mentions = null;
        Set<Capability> needed = null;
        Set<String> words = null;
        for (ToolEntry entry : tools.granted()) {
            Set<Capability> risky = EnumSet.noneOf(Capability.class);
            for (Capability capability : tools.capabilities(entry)) {
                if (catalog.highRisk(capability)) {
                    risky.add(capability);
                }
            }
            if (risky.isEmpty() || catalog.narrow(entry.name()) || entry.specifier() != null
                    || tools.denialOf(entry.name()).isPresent()) {
                // a scoped grant such as Bash(git mv *) is already narrowed on purpose
                continue;
            }
            if (mentions == null) {
                mentions = ToolMentionFinder.find(file);
                needed = needed(file, tools, mentions);
            }
            if (words == null && risky.contains(Capability.MCP)) {
                words = words(file);
            }
            if (used(entry, risky, tools, mentions, needed, words)) {
                continue;
            }
            reporter.report(Issue.at(entry.span(), "\"" + entry.written() + "\" is granted but the body never "
                    + (risky.contains(Capability.MCP) ? "uses " + server(file, entry) : "needs to "
                    + risky.iterator().next().describe()) + "; remove it (least privilege)"));
        }
    }

    private static boolean used(ToolEntry entry, Set<Capability> risky, GrantedTools tools, List<ToolMention> mentions,
            Set<Capability> needed, Set<String> words) {
        for (ToolMention mention : mentions) {
            if (!mention.negated() && tools.entryCovers(entry, mention.name())) {
                return true;
            }
        }
        if (risky.contains(Capability.MCP)) {
            String server = ToolCatalog.mcpServer(tools.platform(), entry.name()).toLowerCase(Locale.ROOT);
            if (server.isEmpty()) {
                return words.contains("mcp") || mentions.stream().anyMatch(m -> m.kind() == ToolMention.Kind.MCP);
            }
            String toolPart = entry.name().contains("__") && entry.name().indexOf("__", 5) > 0
                    ? entry.name().substring(entry.name().indexOf("__", 5) + 2).toLowerCase(Locale.ROOT) : "";
            if (words.contains(server) || !toolPart.isEmpty() && !toolPart.equals("*") && words.contains(toolPart)) {
                return true;
            }
            for (String part : server.split("[-_.\\s]+")) {
                if (part.length() >= 3 && !GENERIC_SERVER_WORDS.contains(part) && words.contains(part)) {
                    return true;
                }
            }
            return false;
        }
        for (Capability capability : risky) {
            if (needed.contains(capability)) {
                return true;
            }
        }
        return false;
    }

    /** Capabilities the body shows any sign of needing, including tools it names. */
    private static Set<Capability> needed(AgentFile file, GrantedTools tools, List<ToolMention> mentions) {
        Set<Capability> needed = EnumSet.noneOf(Capability.class);
        for (CapabilityEvidence evidence : CapabilityFinder.find(file)) {
            needed.add(evidence.capability());
        }
        for (ToolMention mention : mentions) {
            if (!mention.negated()) {
                needed.addAll(tools.capabilities(mention.name()));
            }
        }
        return needed;
    }

    /**
     * The lower-case words of the whole body (headings, labels and code included), the name and the description,
     * to recognise MCP server names ("GitHub", "postgres").
     */
    private static Set<String> words(AgentFile file) {
        Set<String> words = new HashSet<>();
        for (var block : file.body().blocks()) {
            addWords(block.text().toLowerCase(Locale.ROOT), words);
            for (var cell : block.cells()) {
                addWords(cell.text().toLowerCase(Locale.ROOT), words);
            }
        }
        file.agent().description().ifPresent(d -> addWords(d.value().toLowerCase(Locale.ROOT), words));
        file.agent().name().ifPresent(n -> addWords(n.value().toLowerCase(Locale.ROOT), words));
        return words;
    }

    /**
     * Whether the body is long enough and English enough for the absence of evidence to mean something: a
     * one-line prompt does not list what it needs, and evidence in another language goes unseen.
     */
    private static boolean english(AgentFile file) {
        int words = 0;
        int common = 0;
        for (Unit unit : DocumentAnalysis.of(file).units()) {
            for (Token token : unit.tokens()) {
                if (token.isWord()) {
                    words++;
                    if (ENGLISH.contains(token.lower())) {
                        common++;
                    }
                }
            }
            if (words > 20_000) {
                break;
            }
        }
        return words >= MIN_WORDS && common * 100 >= words * 8;
    }

    private static void addWords(String text, Set<String> words) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean wordChar = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
    }

    private static String server(AgentFile file, ToolEntry entry) {
        String server = ToolCatalog.mcpServer(file.format().platform(), entry.name());
        return server.isEmpty() ? "any MCP tool" : "the \"" + server + "\" MCP server";
    }
}
