package dev.agentlint.rules;

import dev.agentlint.agent.Agent;
import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Located;
import dev.agentlint.agent.ToolEntry;
import dev.agentlint.agent.ToolList;
import dev.agentlint.model.Format;
import dev.agentlint.model.Span;
import dev.agentlint.parse.Block;
import dev.agentlint.parse.YamlDocument.NodeLocation;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.text.Phrase;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Permissions that let an agent act without a person in the loop where that is dangerous:
 * <ul>
 * <li>Claude Code {@code permissionMode: bypassPermissions} with a shell (Bash granted or inherited);</li>
 * <li>an opencode {@code permission} that allows every shell command ({@code allow}, {@code bash: allow},
 * {@code "*": allow});</li>
 * <li>an agent whose prompt has it read untrusted web content while it can also run any shell command and write
 * files, with nothing restricting either.</li>
 * </ul>
 * Inherited tools alone are never enough: the web-and-shell case needs the prompt itself to say that the agent
 * fetches web content and runs commands.
 */
public final class RiskyPermissions implements FileRule {

    private enum Capability { WEB, SHELL, WRITE }

    /** Tool names per platform (lower case) for each capability. */
    private static final Map<String, Map<Capability, Set<String>>> TOOLS = Map.of(
            "claude-code", Map.of(
                    Capability.WEB, Set.of("webfetch", "websearch"),
                    Capability.SHELL, Set.of("bash", "powershell"),
                    Capability.WRITE, Set.of("write", "edit", "multiedit", "notebookedit")),
            "copilot", Map.of(
                    Capability.WEB, Set.of("web", "web/fetch", "fetch", "websearch", "webfetch", "opensimplebrowser",
                            "browser"),
                    Capability.SHELL, Set.of("execute", "execute/runinterminal", "runcommands", "runinterminal", "shell",
                            "bash", "powershell"),
                    Capability.WRITE, Set.of("edit", "edit/editfiles", "edit/createfile", "editfiles", "createfile",
                            "write", "multiedit")),
            "opencode", Map.of(
                    Capability.WEB, Set.of("webfetch", "websearch"),
                    Capability.SHELL, Set.of("bash"),
                    Capability.WRITE, Set.of("edit", "write", "patch", "apply_patch", "multiedit")),
            "gemini-cli", Map.of(
                    Capability.WEB, Set.of("web_fetch", "google_web_search"),
                    Capability.SHELL, Set.of("run_shell_command"),
                    Capability.WRITE, Set.of("write_file", "replace")));

    /** MCP servers that fetch or browse the web, recognised by their name. */
    private static final Pattern WEB_SERVER = Pattern.compile(
            "(fetch|browser|playwright|puppeteer|firecrawl|brave|tavily|exa|perplexity|web)", Pattern.CASE_INSENSITIVE);

    /** The prompt says the agent takes in content from the web. */
    private static final Phrase WEB_USE = Phrase.of(
            "\\b(fetch|retriev|download|scrap|crawl|brows|visit|read|pull|open|research|search)\\w*\\b[^.!?\\n]{0,50}?"
                    + "\\b(urls?|web\\s?pages?|websites?|web\\s+sites?|the\\s+web|the\\s+internet|online|web\\s+content|"
                    + "remote\\s+content|external\\s+(sites?|sources|content|pages)|github\\s+(issues?|pull\\s+requests?|"
                    + "discussions?|comments?))\\b"
                    + "|\\b(use|using|via|with|call|calling|through)\\s+(the\\s+)?`?(web\\s?fetch|web\\s?search|fetch_webpage|"
                    + "web_fetch|google_web_search|firecrawl|fetch|websearch)\\b"
                    + "|\\b(web\\s?fetch|web\\s?search|fetch_webpage|web_fetch|google_web_search)`?\\s+(to|for|https?://)"
                    + "|\\b(search\\s+the\\s+(web|internet)|(web|online|internet)\\s+research)\\b");

    /** The prompt says the agent runs commands. */
    private static final Phrase SHELL_USE = Phrase.of(
            "\\b(run|runs|running|execute|executes|executing|invoke|invokes)\\b[^.!?\\n]{0,40}?"
                    + "\\b(commands?|scripts?|shell|terminal|bash|cli|npm|npx|pnpm|yarn|pip|uv|git|make|pytest|"
                    + "cargo|go\\s+test|mvn|gradle|docker|kubectl|terraform)\\b"
                    + "|\\b(bash|shell|terminal)\\s+(tool|commands?|access)\\b");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"\\n]{1,300}\"|\u201c[^\u201d\\n]{1,300}\u201d");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(never|not|no|don't|doesn't|mustn't|cannot|can't|without|avoid|forbidden|prohibited)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DELEGATED = Pattern.compile("\\bdelegat\\w*", Pattern.CASE_INSENSITIVE);
    /** How far from a match its sentence is looked at: a prompt's sentences are far shorter. */
    private static final int SENTENCE_REACH = 1000;
    private static final Set<String> SHELL_FENCES = Set.of("bash", "sh", "shell", "console", "zsh", "powershell", "ps1");
    /** Claude Code modes in which the agent cannot act without approval or cannot act at all. */
    private static final Set<String> GUARDED_MODES = Set.of("plan", "dontAsk");

    @Override
    public String id() {
        return "risky-permissions";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        if (file.yaml().root() == null || !file.yaml().root().isObject()) {
            return;
        }
        boolean reported = switch (file.format()) {
            case CLAUDE_CODE -> bypassWithShell(file, reporter);
            case OPENCODE -> opencodeAllowsShell(file, reporter);
            default -> false;
        };
        if (!reported) {
            webAndShell(file, reporter);
        }
    }

    private boolean bypassWithShell(AgentFile file, Reporter reporter) {
        Agent agent = file.agent();
        Optional<Located> mode = agent.permissionMode();
        if (mode.isEmpty() || !mode.get().value().equals("bypassPermissions") || mode.get().span() == null) {
            return false;
        }
        Grant shell = grant(file, Capability.SHELL);
        if (!shell.granted() || shell.scoped()) {
            return false;
        }
        String how = shell.entry() != null ? "it can run " + shell.entry().name()
                : "it inherits Bash because it has no tools list";
        Issue issue = Issue.at(mode.get().span(), "permissionMode \"bypassPermissions\" skips every permission prompt and "
                + how + ", so it runs any shell command unchecked; use \"acceptEdits\" or \"default\", or grant only"
                + " scoped commands such as Bash(npm test)");
        if (shell.entry() != null) {
            issue = issue.related(file.path(), shell.entry().span(), "shell granted here");
        }
        reporter.report(issue);
        return true;
    }

    private boolean opencodeAllowsShell(AgentFile file, Reporter reporter) {
        JsonNode permission = file.yaml().root().path("permission");
        if (permission.isString()) {
            if (!permission.asString().equals("allow")) {
                return false;
            }
            return reportOpencode(file, reporter, "/permission", "permission \"allow\" approves every action");
        }
        if (!permission.isObject()) {
            return false;
        }
        JsonNode bash = permission.path("bash");
        if (bash.isString()) {
            return bash.asString().equals("allow")
                    && reportOpencode(file, reporter, "/permission/bash", "\"bash\": \"allow\" approves every command");
        }
        if (bash.isObject()) {
            return "allow".equals(lastMatch(bash, "*"))
                    && reportOpencode(file, reporter, "/permission/bash/*", "\"bash\" allows \"*\"");
        }
        return "allow".equals(lastMatch(permission, "*"))
                && reportOpencode(file, reporter, "/permission/*", "\"*\": \"allow\" approves every action");
    }

    /** The action of the last entry of an opencode rule map whose pattern is exactly {@code pattern}. */
    private static String lastMatch(JsonNode rules, String pattern) {
        String action = null;
        for (Map.Entry<String, JsonNode> rule : rules.properties()) {
            if (rule.getKey().equals(pattern) && rule.getValue().isString()) {
                action = rule.getValue().asString();
            }
        }
        return action;
    }

    private boolean reportOpencode(AgentFile file, Reporter reporter, String pointer, String what) {
        if (!grant(file, Capability.SHELL).granted()) {
            return false;
        }
        Span span = file.yaml().nearestLocation(pointer).map(NodeLocation::keyOrValue).orElse(null);
        if (span == null) {
            return false;
        }
        reporter.report(Issue.at(span, what + ", so this agent runs any shell command without asking, whatever"
                + " opencode.json says; set bash to \"ask\" and allow only the commands it needs, such as"
                + " \"git status\": \"allow\""));
        return true;
    }

    private void webAndShell(AgentFile file, Reporter reporter) {
        if (guarded(file)) {
            return;
        }
        Grant web = grant(file, Capability.WEB);
        Grant shell = grant(file, Capability.SHELL);
        Grant write = grant(file, Capability.WRITE);
        if (!web.granted() || !shell.granted() || shell.scoped() || !write.granted()) {
            return;
        }
        Evidence webUse = evidence(file, WEB_USE, false);
        // an inherited shell counts only when the body uses one; a granted one needs no evidence
        if (webUse == null || shell.entry() == null && evidence(file, SHELL_USE, true) == null) {
            return;
        }
        Span at = file.agent().tools().present() && file.agent().tools().span() != null
                ? file.agent().tools().span() : webUse.span();
        String tools = describe(web, "web") + ", " + describe(shell, "shell") + " and " + describe(write, "file-writing");
        Issue issue = Issue.at(at, "this agent reads web content (\"" + webUse.text() + "\") and has " + tools
                + " tools with nothing restricting them, so instructions planted in a fetched page could run commands;"
                + " drop the web or the shell tools, or scope the shell to the commands it needs")
                .related(file.path(), webUse.span(), "reads web content here");
        reporter.report(issue);
    }

    private static String describe(Grant grant, String what) {
        return grant.entry() != null ? what + " (" + grant.entry().written() + ")" : "inherited " + what;
    }

    /** Whether front matter limits what the agent may do without approval. */
    private static boolean guarded(AgentFile file) {
        JsonNode root = file.yaml().root();
        if (file.format().isClaude()) {
            Optional<Located> mode = file.agent().permissionMode();
            return root.has("hooks") || (mode.isPresent() && GUARDED_MODES.contains(mode.get().value()));
        }
        if (file.format() == Format.OPENCODE) {
            JsonNode permission = root.path("permission");
            if (permission.isString()) {
                return !permission.asString().equals("allow");
            }
            return restricted(permission, "bash") || restricted(permission, "webfetch");
        }
        return false;
    }

    /** Whether an opencode permission asks or denies for a tool by default. */
    private static boolean restricted(JsonNode permission, String tool) {
        JsonNode rule = permission.has(tool) ? permission.path(tool) : permission.path("*");
        if (rule.isString()) {
            return !rule.asString().equals("allow");
        }
        if (rule.isObject()) {
            String fallback = lastMatch(rule, "*");
            return fallback == null || !fallback.equals("allow");
        }
        return false;
    }

    /** Whether the agent has a capability, through which entry, and whether the entry is narrowed. */
    private record Grant(boolean granted, ToolEntry entry, boolean scoped) {
        static final Grant NONE = new Grant(false, null, false);
        static final Grant INHERITED = new Grant(true, null, false);
    }

    private static Grant grant(AgentFile file, Capability capability) {
        Map<Capability, Set<String>> names = TOOLS.get(file.format().platform());
        if (names == null) {
            return Grant.NONE;
        }
        Agent agent = file.agent();
        ToolList tools = agent.tools();
        if (!tools.present()) {
            return denied(agent.deniedTools(), names.get(capability)) ? Grant.NONE : Grant.INHERITED;
        }
        if (!tools.honoured()) {
            return Grant.NONE;
        }
        Grant found = Grant.NONE;
        for (ToolEntry entry : tools.entries()) {
            String name = entry.name().toLowerCase(Locale.ROOT);
            boolean matches = names.get(capability).contains(name) || name.equals("*")
                    || (capability == Capability.SHELL && name.equals("execute/*"))
                    || (capability == Capability.WRITE && name.equals("edit/*"))
                    || (capability == Capability.WEB && webServer(file.format(), entry.name()));
            if (!matches) {
                continue;
            }
            boolean scoped = entry.specifier() != null && !entry.specifier().strip().equals("*");
            if (!scoped) {
                return new Grant(true, entry, false);
            }
            found = new Grant(true, entry, true);
        }
        if (found.granted()) {
            return found;
        }
        if (file.format() == Format.OPENCODE && tools.shape() == ToolList.Shape.BOOLEAN_MAP) {
            return denied(agent.deniedTools(), names.get(capability)) ? Grant.NONE : Grant.INHERITED;
        }
        return Grant.NONE;
    }

    private static boolean webServer(Format format, String name) {
        if (format.isClaude()) {
            return name.startsWith("mcp__") && WEB_SERVER.matcher(name.split("__")[1]).find();
        }
        if (format.isCopilot()) {
            int slash = name.indexOf('/');
            return slash > 0 && !name.startsWith("web/") && WEB_SERVER.matcher(name.substring(0, slash)).find();
        }
        return false;
    }

    private static boolean denied(ToolList denied, Set<String> names) {
        for (ToolEntry entry : denied.entries()) {
            String name = entry.name().toLowerCase(Locale.ROOT);
            if (entry.specifier() == null && (names.contains(name) || name.equals("*"))) {
                return true;
            }
        }
        return false;
    }

    private record Evidence(Span span, String text) {
    }

    /** The text with quoted passages blanked out (same length, so offsets still hold): quotes are examples. */
    private static String unquoted(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('\u201c') < 0) {
            return text;
        }
        Matcher quote = QUOTED.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (quote.find()) {
            for (int i = quote.start(); i < quote.end(); i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
        }
        return out.toString();
    }

    /**
     * Whether the sentence holding {@code offset} negates it before it ("never fetch", "must not run") or hands the
     * work to another agent ("fetching web pages must be delegated").
     */
    private static boolean negated(String text, int offset) {
        int start = sentenceBreakBefore(text, offset);
        int end = sentenceBreakAfter(text, offset);
        return NEGATION.matcher(text).region(start + 1, offset).find()
                || DELEGATED.matcher(text).region(start + 1, end).find();
    }

    /**
     * Where the sentence holding {@code offset} begins: the last break at or before it (". ", "! ", "? " or a line
     * break), looked for at most {@value #SENTENCE_REACH} characters back, so that a text of one endless sentence is
     * still read in linear time.
     */
    private static int sentenceBreakBefore(String text, int offset) {
        int limit = Math.max(-1, offset - SENTENCE_REACH - 1);
        for (int at = Math.min(offset, text.length() - 1); at > limit; at--) {
            if (isSentenceBreak(text, at)) {
                return at;
            }
        }
        return limit;
    }

    /** Where the sentence holding {@code offset} ends: the next break at or after it, as far as the same reach. */
    private static int sentenceBreakAfter(String text, int offset) {
        int limit = (int) Math.min(text.length(), (long) offset + SENTENCE_REACH);
        for (int at = offset; at < limit; at++) {
            if (isSentenceBreak(text, at)) {
                return at;
            }
        }
        return limit;
    }

    private static boolean isSentenceBreak(String text, int at) {
        char c = text.charAt(at);
        return c == '\n' || (c == '.' || c == '!' || c == '?') && at + 1 < text.length() && text.charAt(at + 1) == ' ';
    }

    /** The first prose sentence (or, for commands, shell code block) of the prompt that matches. */
    private static Evidence evidence(AgentFile file, Phrase phrase, boolean shellFences) {
        for (Block block : file.body().blocks()) {
            if (block.kind() == Block.Kind.CODE) {
                if (shellFences && SHELL_FENCES.contains(block.info().toLowerCase(Locale.ROOT))) {
                    return new Evidence(block.span(), "```" + block.info());
                }
                continue;
            }
            if (block.kind() == Block.Kind.HTML || block.quoted()) {
                continue;
            }
            String text = unquoted(block.text());
            for (MatchResult match : phrase.findAll(text)) {
                if (negated(text, match.start())) {
                    continue;
                }
                String found = match.group().replaceAll("\\s+", " ").strip();
                return new Evidence(block.spanOf(match.start(), match.end() - match.start()),
                        found.length() <= 50 ? found : found.substring(0, 47).stripTrailing() + "...");
            }
        }
        return null;
    }
}
