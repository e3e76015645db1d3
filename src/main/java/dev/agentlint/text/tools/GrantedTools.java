package dev.agentlint.text.tools;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.ToolEntry;
import dev.agentlint.agent.ToolList;
import dev.agentlint.model.Span;
import dev.agentlint.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tools an agent's front matter gives it, and what they let it do. An agent without a tools list the runtime
 * applies inherits every tool; a deny list ({@code disallowedTools}, opencode {@code false} entries) takes tools
 * away. Tool names are compared as the platform compares them, legacy names as their replacements, and Copilot
 * tool sets, aliases and legacy names by what they can do.
 */
public final class GrantedTools {

    /** The tools that stand for a capability when deciding whether a deny list removes it entirely. */
    private static final Map<String, Map<Capability, List<String>>> PRIMARY = Map.of(
            "claude-code", Map.of(Capability.WRITE, List.of("Write", "Edit"), Capability.EXECUTE, List.of("Bash"),
                    Capability.WEB, List.of("WebFetch", "WebSearch"), Capability.READ, List.of("Read")),
            "opencode", Map.of(Capability.WRITE, List.of("edit", "write"), Capability.EXECUTE, List.of("bash"),
                    Capability.WEB, List.of("webfetch", "websearch"), Capability.READ, List.of("read")));

    private final String platform;
    private final Vocabulary vocabulary;
    private final ToolCatalog catalog = ToolCatalog.get();
    private final List<ToolEntry> granted;
    private final List<ToolEntry> denied;
    private final boolean inheritsAll;
    private final Span listSpan;

    private GrantedTools(String platform, Vocabulary vocabulary, ToolList tools, ToolList deniedTools) {
        this.platform = platform;
        this.vocabulary = vocabulary;
        boolean everything = tools.entries().stream().anyMatch(e -> e.name().equals("*"));
        boolean opencodeMap = tools.shape() == ToolList.Shape.BOOLEAN_MAP;
        this.inheritsAll = !tools.honoured() || everything || opencodeMap;
        this.granted = inheritsAll ? List.of() : tools.entries();
        this.denied = deniedTools.honoured() ? deniedTools.entries() : List.of();
        this.listSpan = tools.span();
    }

    public static GrantedTools of(AgentFile file) {
        return new GrantedTools(file.format().platform(), file.vocabulary(), file.agent().tools(),
                file.agent().deniedTools());
    }

    public String platform() {
        return platform;
    }

    /** No tools list the runtime applies (or {@code "*"}): the agent has every tool not denied. */
    public boolean inheritsAll() {
        return inheritsAll;
    }

    /** Where the tools list is written, or {@code null}. */
    public Span listSpan() {
        return listSpan;
    }

    /** The entries of an allowlist the runtime applies; empty when the agent inherits every tool. */
    public List<ToolEntry> granted() {
        return granted;
    }

    public List<ToolEntry> denied() {
        return denied;
    }

    /** What a granted or denied entry can do. */
    public Set<Capability> capabilities(ToolEntry entry) {
        return capabilities(entry.name());
    }

    public Set<Capability> capabilities(String tool) {
        Set<Capability> direct = catalog.capabilities(platform, tool);
        if (!direct.isEmpty()) {
            return direct;
        }
        return vocabulary.replacement(tool).map(r -> catalog.capabilities(platform, r)).orElse(Set.of());
    }

    /** Whether some tool the agent has can do this (a shell can do everything a shell does, but is not asked). */
    public boolean provides(Capability capability) {
        if (inheritsAll) {
            return !deniedEntirely(capability);
        }
        return granted.stream().anyMatch(e -> capabilities(e).contains(capability) && denialOf(e.name()).isEmpty());
    }

    /** The granted entries that can do this, in file order. */
    public List<ToolEntry> grantsProviding(Capability capability) {
        List<ToolEntry> result = new ArrayList<>();
        for (ToolEntry entry : granted) {
            if (capabilities(entry).contains(capability) && denialOf(entry.name()).isEmpty()) {
                result.add(entry);
            }
        }
        return result;
    }

    /** Whether a deny list takes away every primary tool of a capability. */
    public boolean deniedEntirely(Capability capability) {
        List<String> primary = PRIMARY.getOrDefault(platform, Map.of()).get(capability);
        if (primary == null || denied.isEmpty()) {
            return false;
        }
        return primary.stream().allMatch(tool -> denialOf(tool).isPresent());
    }

    /** Whether the agent may use a tool the body names. */
    public boolean grants(String tool) {
        if (denialOf(tool).isPresent()) {
            return false;
        }
        return inheritsAll || grantFor(tool).isPresent();
    }

    /** The allowlist entry that grants a tool, if the agent has an allowlist and it grants the tool. */
    public Optional<ToolEntry> grantFor(String tool) {
        for (ToolEntry entry : granted) {
            if (covers(entry.name(), tool)) {
                return Optional.of(entry);
            }
        }
        if (platform.equals("copilot")) {
            Set<Capability> needed = capabilities(tool);
            if (!needed.isEmpty() && !needed.contains(Capability.MCP)) {
                for (ToolEntry entry : granted) {
                    if (!capabilities(entry).isEmpty() && capabilities(entry).containsAll(needed)) {
                        return Optional.of(entry);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The deny-list entry that takes a tool away, if any. */
    public Optional<ToolEntry> denialOf(String tool) {
        for (ToolEntry entry : denied) {
            if (entry.specifier() == null && covers(entry.name(), tool)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a list entry covers a tool the body names: the same tool, a tool set it belongs to, an MCP wildcard,
     * or for Copilot an entry that can do everything the named tool can.
     */
    public boolean entryCovers(ToolEntry entry, String tool) {
        if (covers(entry.name(), tool)) {
            return true;
        }
        if (platform.equals("copilot")) {
            Set<Capability> needed = capabilities(tool);
            return !needed.isEmpty() && !needed.contains(Capability.MCP) && capabilities(entry).containsAll(needed);
        }
        return false;
    }

    /** Whether a list entry (a name, a set, a wildcard) covers a tool name. */
    boolean covers(String entry, String tool) {
        if (same(entry, tool)) {
            return true;
        }
        String e = canonical(entry);
        String t = canonical(tool);
        if (e.equalsIgnoreCase(t) && !platform.equals("claude-code") || e.equals(t)) {
            return true;
        }
        return switch (platform) {
            case "claude-code" -> e.equals("mcp__*") && t.startsWith("mcp__")
                    || (e.endsWith("__*") && t.startsWith(e.substring(0, e.length() - 1)))
                    || (t.startsWith(e + "__") && e.startsWith("mcp__") && e.indexOf("__", 5) < 0);
            case "copilot" -> {
                String el = e.toLowerCase(Locale.ROOT);
                String tl = t.toLowerCase(Locale.ROOT);
                yield tl.startsWith(el + "/") || (el.endsWith("/*") && tl.startsWith(el.substring(0, el.length() - 1)));
            }
            case "gemini-cli", "opencode" -> e.endsWith("*") && t.startsWith(e.substring(0, e.length() - 1));
            default -> false;
        };
    }

    private boolean same(String a, String b) {
        return platform.equals("copilot") ? a.equalsIgnoreCase(b) : a.equals(b);
    }

    private String canonical(String tool) {
        return vocabulary.replacement(tool).orElse(tool);
    }

    /** Every capability of the granted tools, or every capability when the agent inherits everything. */
    public Set<Capability> grantedCapabilities() {
        Set<Capability> result = EnumSet.noneOf(Capability.class);
        if (inheritsAll) {
            for (Capability capability : Capability.values()) {
                if (provides(capability)) {
                    result.add(capability);
                }
            }
            return result;
        }
        granted.forEach(e -> result.addAll(capabilities(e)));
        return result;
    }
}
