package dev.agentlint.text.tools;

import dev.agentlint.text.analysis.LexiconResource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The data of {@code tools.yaml}: what each platform's tools can do, which tool names are plain words, and the
 * evidence that a body needs a capability. Loaded once.
 */
public final class ToolCatalog {

    private static final Pattern CLAUDE_MCP = Pattern.compile("mcp__[A-Za-z0-9_.-]+(?:__[A-Za-z0-9_.*-]+)?|mcp__\\*");
    private static final Pattern GEMINI_MCP = Pattern.compile("mcp_.*");
    private static final Set<String> COPILOT_BUILT_IN_SETS = Set.of("read", "search", "edit", "execute", "web", "agent",
            "vscode", "todo", "browser");

    /** Per platform: tool name (lower case where the platform ignores case) to capabilities. */
    private final Map<String, Map<String, Set<Capability>>> grants = new HashMap<>();
    /** Per platform: tool-set prefixes ("edit/") to capabilities. */
    private final Map<String, Map<String, Set<Capability>>> setPrefixes = new HashMap<>();
    private final Map<String, List<String>> grantNames = new HashMap<>();
    private final Set<Capability> highRisk = EnumSet.noneOf(Capability.class);
    private final Set<String> plainWordTools = new HashSet<>();
    private final Set<String> toolWordOnly = new HashSet<>();
    private final Set<String> narrowTools = new HashSet<>();
    private final Map<Capability, Evidence> evidence = new HashMap<>();

    /** The evidence lexicon of one capability. */
    public record Evidence(Set<String> actionClasses, Set<String> objectWords, Set<String> commands,
            Set<String> languages, List<String> phrases) {
    }

    private static final class Holder {
        static final ToolCatalog INSTANCE = new ToolCatalog(LexiconResource.load("tools"));
    }

    public static ToolCatalog get() {
        return Holder.INSTANCE;
    }

    private ToolCatalog(LexiconResource data) {
        LexiconResource grantData = data.section("grants");
        for (String platform : grantData.keys()) {
            LexiconResource platformData = grantData.section(platform);
            Map<String, Set<Capability>> names = new HashMap<>();
            Map<String, Set<Capability>> prefixes = new HashMap<>();
            for (String capability : platformData.keys()) {
                Capability cap = Capability.byId(capability);
                for (String tool : platformData.strings(capability, true)) {
                    String key = key(platform, tool);
                    if (key.endsWith("/")) {
                        prefixes.computeIfAbsent(key, k -> EnumSet.noneOf(Capability.class)).add(cap);
                    } else {
                        names.computeIfAbsent(key, k -> EnumSet.noneOf(Capability.class)).add(cap);
                        grantNames.computeIfAbsent(platform, k -> new ArrayList<>()).add(tool);
                    }
                }
            }
            grants.put(platform, names);
            setPrefixes.put(platform, prefixes);
        }
        data.strings("high-risk").forEach(c -> highRisk.add(Capability.byId(c)));
        plainWordTools.addAll(data.strings("plain-word-tools", true));
        toolWordOnly.addAll(data.strings("tool-word-only", true));
        data.strings("narrow-tools", true).forEach(t -> narrowTools.add(t.toLowerCase(Locale.ROOT)));
        LexiconResource evidenceData = data.section("evidence");
        for (String capability : evidenceData.keys()) {
            LexiconResource e = evidenceData.section(capability);
            evidence.put(Capability.byId(capability), new Evidence(new HashSet<>(e.strings("action-classes")),
                    new HashSet<>(e.strings("object-words")), new HashSet<>(e.strings("commands")),
                    new HashSet<>(e.strings("languages")), new ArrayList<>(e.strings("phrases"))));
        }
    }

    static String key(String platform, String tool) {
        return platform.equals("copilot") ? tool.toLowerCase(Locale.ROOT) : tool;
    }

    /**
     * What a tool can do on a platform. MCP tools ({@code mcp__server__tool}, {@code server/tool},
     * {@code server_tool}) call an MCP server; a tool the catalog does not know can do nothing it knows of.
     */
    public Set<Capability> capabilities(String platform, String tool) {
        String key = key(platform, tool);
        Set<Capability> direct = grants.getOrDefault(platform, Map.of()).get(key);
        if (direct != null) {
            return direct;
        }
        for (Map.Entry<String, Set<Capability>> prefix : setPrefixes.getOrDefault(platform, Map.of()).entrySet()) {
            if (key.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        int slash = tool.indexOf('/');
        if (platform.equals("copilot") && slash > 0) {
            // a tool inside a legacy set, such as runCommands/terminalLastCommand, does what the tool does
            Set<Capability> last = grants.getOrDefault(platform, Map.of()).get(key(platform, tool.substring(
                    tool.lastIndexOf('/') + 1)));
            Set<Capability> first = grants.getOrDefault(platform, Map.of()).get(key(platform, tool.substring(0, slash)));
            if (last != null || first != null) {
                return last != null ? last : first;
            }
        }
        if (isMcp(platform, tool)) {
            return EnumSet.of(Capability.MCP);
        }
        return Set.of();
    }

    /** Whether a tool name is an MCP tool or server on the platform. */
    public static boolean isMcp(String platform, String tool) {
        return switch (platform) {
            case "claude-code" -> CLAUDE_MCP.matcher(tool).matches();
            case "copilot" -> tool.indexOf('/') > 0 && tool.substring(0, tool.indexOf('/')).indexOf('.') < 0
                    && !COPILOT_BUILT_IN_SETS.contains(tool.substring(0, tool.indexOf('/')).toLowerCase(Locale.ROOT));
            case "gemini-cli" -> GEMINI_MCP.matcher(tool).matches();
            case "opencode" -> tool.indexOf('_') > 0 && !tool.equals("apply_patch");
            default -> false;
        };
    }

    /** The MCP server a tool name belongs to, or an empty string (for {@code mcp__*}: every server). */
    public static String mcpServer(String platform, String tool) {
        return switch (platform) {
            case "claude-code" -> {
                String rest = tool.startsWith("mcp__") ? tool.substring(5) : tool;
                int cut = rest.indexOf("__");
                String server = cut < 0 ? rest : rest.substring(0, cut);
                yield server.equals("*") ? "" : server;
            }
            case "copilot" -> tool.indexOf('/') > 0 ? tool.substring(0, tool.indexOf('/')) : tool;
            case "gemini-cli" -> {
                String rest = tool.startsWith("mcp_") ? tool.substring(4) : tool;
                int cut = rest.indexOf('_');
                yield rest.equals("*") ? "" : cut < 0 ? rest : rest.substring(0, cut);
            }
            case "opencode" -> tool.indexOf('_') > 0 ? tool.substring(0, tool.indexOf('_')) : tool;
            default -> "";
        };
    }

    /** The tool names the grant table lists for a platform, as written there (tool-set prefixes left out). */
    public java.util.Collection<String> toolNames(String platform) {
        return grantNames.getOrDefault(platform, List.of());
    }

    public boolean highRisk(Capability capability) {
        return highRisk.contains(capability);
    }

    /** Tool names that are ordinary words ("Read", "edit"): mentions count only in code or before "tool". */
    public boolean plainWord(String tool) {
        return plainWordTools.contains(tool);
    }

    /** A tool that does one narrow thing of its capability (run the test task): never a risky unused grant. */
    public boolean narrow(String tool) {
        String lower = tool.toLowerCase(Locale.ROOT);
        return narrowTools.contains(lower) || narrowTools.contains(lower.substring(lower.lastIndexOf('/') + 1));
    }

    /** Tool names that are also common code identifiers: they count only right before "tool", even in code. */
    public boolean toolWordOnly(String tool) {
        return toolWordOnly.contains(tool);
    }

    public Evidence evidence(Capability capability) {
        return evidence.getOrDefault(capability, new Evidence(Set.of(), Set.of(), Set.of(), Set.of(), List.of()));
    }
}
