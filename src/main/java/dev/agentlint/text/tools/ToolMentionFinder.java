package dev.agentlint.text.tools;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.parse.Block;
import dev.agentlint.text.analysis.DocumentAnalysis;
import dev.agentlint.text.analysis.Statement;
import dev.agentlint.text.analysis.TextRegion;
import dev.agentlint.text.analysis.Token;
import dev.agentlint.text.analysis.Tokenizer;
import dev.agentlint.text.analysis.Unit;
import dev.agentlint.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tools the body of an agent file names, through the platform's own dictionary: Claude Code built-ins
 * and {@code mcp__server__tool} names, Copilot tool names, aliases, tool sets and {@code #tool:} references, the
 * opencode and Gemini CLI names. Tool names that are ordinary words ("Read", "edit") count only as a code span,
 * a reference, or right before "tool". Linear in the body: one lookup per token.
 */
public final class ToolMentionFinder {

    private static final Pattern CLAUDE_MCP = Pattern.compile("(?<![A-Za-z0-9_])mcp__[A-Za-z0-9_.-]+(?:__[A-Za-z0-9_.*-]+)?");
    private static final Pattern EXAMPLE_ASIDE = Pattern.compile(
            "\\s*(?:e\\.\\s?g\\.?|i\\.\\s?e\\.?|for example|for instance|such as|like|say)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPECIFIER = Pattern.compile("^([A-Za-z][A-Za-z0-9_/.-]*)\\((.*)\\)$");

    private static final Map<String, String> PLATFORM_LABELS = Map.of("claude", "claude-code", "copilot", "copilot",
            "vs code", "copilot", "vscode", "copilot", "gemini", "gemini-cli", "opencode", "opencode", "cursor",
            "cursor", "codex", "codex");

    private final String platform;
    private final ToolCatalog catalog = ToolCatalog.get();
    private final Map<String, String> names = new HashMap<>();

    private final Vocabulary vocabulary;

    private ToolMentionFinder(String platform, Vocabulary vocabulary) {
        this.platform = platform;
        this.vocabulary = vocabulary;
        for (String name : vocabulary.toolNames()) {
            names.put(key(name), name);
        }
        for (String listed : catalog.toolNames(platform)) {
            names.putIfAbsent(key(listed), listed);
        }
    }

    private String key(String name) {
        return platform.equals("copilot") ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** The mentions found in one file, kept with the file since several rules ask. */
    private record Found(List<ToolMention> mentions) {
    }

    /** Every tool mention in the body of a file, in document order; computed once per file. */
    public static List<ToolMention> find(AgentFile file) {
        return file.derived(Found.class, f -> new Found(List.copyOf(compute(f)))).mentions();
    }

    private static List<ToolMention> compute(AgentFile file) {
        ToolMentionFinder finder = new ToolMentionFinder(file.format().platform(), file.vocabulary());
        DocumentAnalysis analysis = DocumentAnalysis.of(file);
        List<ToolMention> mentions = new ArrayList<>();
        for (Unit unit : analysis.units()) {
            finder.scan(unit, analysis, unit.tokens(), mentions);
        }
        for (Block block : file.body().blocks()) {
            if (block.kind() == Block.Kind.CODE) {
                finder.scanCode(block, mentions);
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return mentions;
    }

    private void scan(Unit unit, DocumentAnalysis analysis, List<Token> tokens, List<ToolMention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            switch (token.kind()) {
                case CODE -> code(unit, analysis, tokens, i, out);
                case WORD -> word(unit, analysis, tokens, i, out);
                case PAREN, QUOTE -> {
                    // "(e.g., an agent requesting `runCommands`)" names a tool as an example, not as a step
                    List<ToolMention> inner = new ArrayList<>();
                    scan(unit, analysis, Tokenizer.tokenize(unit.region().text(), token.start() + 1,
                            Math.max(token.start() + 1, token.end() - 1)), inner);
                    boolean example = EXAMPLE_ASIDE.matcher(token.text()).lookingAt();
                    for (ToolMention mention : inner) {
                        out.add(example ? new ToolMention(mention.name(), mention.kind(), mention.span(),
                                mention.negated(), true, mention.inCodeBlock()) : mention);
                    }
                }
                default -> {
                    // punctuation, links and emoji name no tools
                }
            }
        }
    }

    private void code(Unit unit, DocumentAnalysis analysis, List<Token> tokens, int i, List<ToolMention> out) {
        Token token = tokens.get(i);
        String text = token.text();
        Matcher specifier = text.indexOf('(') > 0 ? SPECIFIER.matcher(text) : null;
        String name = specifier != null && specifier.matches() ? specifier.group(1) : text;
        boolean mcp = platform.equals("claude-code") && text.contains("mcp__");
        if (mcp && CLAUDE_MCP.matcher(name).matches()) {
            out.add(mention(unit, analysis, name, ToolMention.Kind.MCP, token));
            return;
        }
        String known = names.get(key(name));
        if (known != null && ownName(name)) {
            if (!catalog.toolWordOnly(known) && !catalog.toolWordOnly(name) || beforeToolWord(tokens, i)) {
                out.add(mention(unit, analysis, name, ToolMention.Kind.CODE_SPAN, token));
            }
        } else if (mcp) {
            Matcher matcher = CLAUDE_MCP.matcher(text);
            while (matcher.find()) {
                out.add(mention(unit, analysis, matcher.group(), ToolMention.Kind.MCP, token));
            }
        }
    }

    /** "the Read tool": the next word is "tool" (singular: "agent tools" names no particular tool). */
    private static boolean beforeToolWord(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isWord("tool");
    }

    /**
     * Whether a name is the platform's own rather than an alias borrowed from another platform: in a Copilot body,
     * "WebSearch" or "Bash" usually means something else than the Copilot tool they alias.
     */
    private boolean ownName(String name) {
        return !platform.equals("copilot") || vocabulary.toolStatus(name) != Vocabulary.ToolStatus.ALIAS;
    }

    private void word(Unit unit, DocumentAnalysis analysis, List<Token> tokens, int i, List<ToolMention> out) {
        Token token = tokens.get(i);
        String text = token.text();
        if (text.startsWith("#")) {
            String reference = text.startsWith("#tool:") ? text.substring(6) : text.substring(1);
            if (platform.equals("copilot") && !reference.isEmpty()
                    && (text.startsWith("#tool:") || names.containsKey(key(reference)))) {
                out.add(mention(unit, analysis, reference, ToolMention.Kind.REFERENCE, token));
            }
            return;
        }
        if (platform.equals("claude-code") && text.startsWith("mcp__") && CLAUDE_MCP.matcher(text).matches()) {
            out.add(mention(unit, analysis, text, ToolMention.Kind.MCP, token));
            return;
        }
        String known = names.get(key(text));
        if (known == null || !ownName(text)) {
            return;
        }
        boolean beforeToolWord = beforeToolWord(tokens, i);
        if (catalog.plainWord(known) || catalog.plainWord(text) || catalog.toolWordOnly(text)) {
            boolean named = platform.equals("claude-code") ? Character.isUpperCase(text.charAt(0))
                    : i > 0 && tokens.get(i - 1).isWord("the") && text.equals(text.toLowerCase(Locale.ROOT));
            if (beforeToolWord && named) {
                out.add(mention(unit, analysis, text, ToolMention.Kind.TOOL_WORD, token));
            }
            return;
        }
        if (platform.equals("copilot") && text.equals(text.toLowerCase(Locale.ROOT)) && !text.contains("/")) {
            return;
        }
        out.add(mention(unit, analysis, text, beforeToolWord ? ToolMention.Kind.TOOL_WORD : ToolMention.Kind.NAMED,
                token));
    }

    private ToolMention mention(Unit unit, DocumentAnalysis analysis, String name, ToolMention.Kind kind, Token token) {
        Statement statement = analysis.statementAt(unit, token.start());
        boolean negated = statement != null && statement.modality().negative();
        return new ToolMention(name, kind, unit.region().span(token.start(), token.end()), negated,
                unit.illustrative() || aboutOtherPlatform(unit), false);
    }

    /** "**Claude Code:** use the Agent tool" in a Copilot file speaks of another platform's tools. */
    private boolean aboutOtherPlatform(Unit unit) {
        if (unit.label() == null) {
            return false;
        }
        String label = unit.label().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> other : PLATFORM_LABELS.entrySet()) {
            if (label.contains(other.getKey()) && !other.getValue().equals(platform)) {
                return true;
            }
        }
        return false;
    }

    /** In code blocks only unmistakable names count: MCP names and names that are not ordinary words. */
    private void scanCode(Block block, List<ToolMention> out) {
        TextRegion region = TextRegion.of(block);
        String text = region.text();
        if (text.length() > 200_000) {
            return;
        }
        if (platform.equals("claude-code")) {
            Matcher mcp = CLAUDE_MCP.matcher(text);
            while (mcp.find()) {
                out.add(new ToolMention(mcp.group(), ToolMention.Kind.MCP, region.span(mcp.start(), mcp.end()), false,
                        false, true));
            }
        }
        for (Token token : Tokenizer.tokenize(text)) {
            if (token.kind() != Token.Kind.WORD) {
                continue;
            }
            String known = names.get(key(token.text()));
            if (known != null && !catalog.plainWord(known) && !catalog.plainWord(token.text())
                    && !(platform.equals("copilot") && token.text().equals(token.lower()))) {
                out.add(new ToolMention(token.text(), ToolMention.Kind.NAMED, region.span(token.start(), token.end()),
                        false, false, true));
            }
        }
    }
}
