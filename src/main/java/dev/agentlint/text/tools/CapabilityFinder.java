package dev.agentlint.text.tools;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Located;
import dev.agentlint.model.Span;
import dev.agentlint.parse.Block;
import dev.agentlint.text.analysis.Action;
import dev.agentlint.text.analysis.DocumentAnalysis;
import dev.agentlint.text.analysis.ObjectPhrase;
import dev.agentlint.text.analysis.PhraseTable;
import dev.agentlint.text.analysis.Statement;
import dev.agentlint.text.analysis.Token;
import dev.agentlint.text.analysis.Tokenizer;
import dev.agentlint.text.analysis.Unit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Infers the capabilities the body of an agent file needs, from instructions ("Run `npm test`", "Write the report to
 * `docs/`"), from commands in code spans and shell code blocks, from URLs, and from phrases such as "search the
 * web". Explicit tool names are {@link ToolMentionFinder}'s job. At most a bounded number of pieces of evidence is
 * kept per capability and strength, so huge files cost no more than linear time.
 */
public final class CapabilityFinder {

    /** Enough evidence to decide anything; more only costs memory. */
    private static final int MAX_PER_KIND = 32;
    /** Action classes that are shell work in themselves when their object says so. */
    private static final Set<String> SHELL_ACTIONS = Set.of("run", "install", "commit", "deploy");
    /** Object heads that make a run instruction a shell command ("run the tests"). */
    private static final Set<String> RUN_OBJECTS = Set.of("test", "command", "script", "build", "linter", "lint",
            "suite", "benchmark", "migration", "formatter", "typecheck", "type-check", "unit-test", "test-suite",
            "compiler", "make", "shell");
    /** Objects of install, commit and deploy that make them shell work ("commit the changes", not "commit to"). */
    private static final Set<String> SHELL_WORK_OBJECTS = Set.of("dependency", "package", "library", "tool", "cli",
            "extension", "plugin", "requirement", "sdk", "module", "change", "fix", "file", "code", "work", "test",
            "commit", "application", "app", "service", "stack", "function", "site", "infrastructure", "container",
            "image", "chart", "release", "branch", "it", "them", "everything");
    /** Objects that make a write instruction a file write: a path, or files as such. */
    private static final Set<String> FILE_OBJECTS = Set.of("file", "directory", "folder", "files");
    /** Objects that make a read instruction a file read. */
    private static final Set<String> READ_OBJECTS = Set.of("file", "code", "codebase", "repository", "repo",
            "directory", "folder", "implementation", "module", "class", "function", "diff", "log", "config",
            "configuration");
    private static final Set<String> WEB_WORDS = Set.of("web", "internet", "online", "url", "website", "webpage",
            "browser", "google", "http", "https");

    /** A web address without its scheme, such as {@code docs.python.org/3/}. */
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile(
            "^(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|io|dev|net|ai|app|gov|edu|co|cloud)(?:/|$)");

    private final ToolCatalog catalog = ToolCatalog.get();
    private final Map<Capability, Map<CapabilityEvidence.Strength, List<CapabilityEvidence>>> found =
            new EnumMap<>(Capability.class);

    /** Every evidence phrase of the catalog, once, with the capabilities it shows: one lookup per token. */
    private static final class Phrases {
        static final PhraseTable<Set<Capability>> TABLE = build();

        private static PhraseTable<Set<Capability>> build() {
            Map<String, Set<Capability>> byPhrase = new java.util.LinkedHashMap<>();
            for (Capability capability : Capability.values()) {
                for (String phrase : ToolCatalog.get().evidence(capability).phrases()) {
                    if (phrase.matches("#?[a-z0-9' -]+")) {
                        byPhrase.computeIfAbsent(phrase, k -> java.util.EnumSet.noneOf(Capability.class))
                                .add(capability);
                    }
                }
            }
            PhraseTable<Set<Capability>> table = new PhraseTable<>();
            byPhrase.forEach(table::add);
            return table;
        }
    }

    /** The evidence found in one file, kept with the file since several rules ask. */
    private record Found(List<CapabilityEvidence> evidence) {
    }

    private CapabilityFinder() {
        for (Capability capability : Capability.values()) {
            Map<CapabilityEvidence.Strength, List<CapabilityEvidence>> byStrength =
                    new EnumMap<>(CapabilityEvidence.Strength.class);
            for (CapabilityEvidence.Strength strength : CapabilityEvidence.Strength.values()) {
                byStrength.put(strength, new ArrayList<>());
            }
            found.put(capability, byStrength);
        }
    }

    /**
     * The evidence in a file's body and description, strong evidence first within each capability; computed once
     * per file, since several rules ask.
     */
    public static List<CapabilityEvidence> find(AgentFile file) {
        return file.derived(Found.class, f -> new Found(List.copyOf(compute(f)))).evidence();
    }

    private static List<CapabilityEvidence> compute(AgentFile file) {
        CapabilityFinder finder = new CapabilityFinder();
        DocumentAnalysis analysis = DocumentAnalysis.of(file);
        for (Unit unit : analysis.units()) {
            finder.unit(unit, analysis);
        }
        for (Block block : file.body().blocks()) {
            if (block.kind() == Block.Kind.CODE) {
                finder.codeBlock(block);
            }
        }
        file.agent().description().ifPresent(finder::description);
        List<CapabilityEvidence> result = new ArrayList<>();
        for (Capability capability : Capability.values()) {
            result.addAll(finder.found.get(capability).get(CapabilityEvidence.Strength.STRONG));
            result.addAll(finder.found.get(capability).get(CapabilityEvidence.Strength.WEAK));
        }
        return result;
    }

    private void add(Capability capability, CapabilityEvidence.Strength strength, Span span, String why) {
        add(capability, strength, () -> span, why, null);
    }

    private void add(Capability capability, CapabilityEvidence.Strength strength,
            java.util.function.Supplier<Span> span, String why) {
        add(capability, strength, span, why, null);
    }

    /** Adds evidence unless enough of its kind is known; the span and quote are only worked out when kept. */
    private void add(Capability capability, CapabilityEvidence.Strength strength,
            java.util.function.Supplier<Span> span, String why, Statement statement) {
        List<CapabilityEvidence> list = found.get(capability).get(strength);
        if (list.size() < MAX_PER_KIND) {
            list.add(new CapabilityEvidence(capability, strength, span.get(),
                    why != null ? why : statement == null ? "" : statement.text()));
        }
    }

    private boolean saturated(Capability capability, CapabilityEvidence.Strength strength) {
        return found.get(capability).get(strength).size() >= MAX_PER_KIND;
    }

    private void unit(Unit unit, DocumentAnalysis analysis) {
        for (Statement statement : analysis.statementsOf(unit)) {
            statement(statement);
        }
        tokens(unit, unit.tokens(), 0);
    }

    /** Commands, URLs and phrases among tokens, inside parentheses and quotes too ("(see `docs.x.com/...`)"). */
    private void tokens(Unit unit, List<Token> tokens, int depth) {
        for (int i = 0; i < tokens.size(); i++) {
            Token inner = tokens.get(i);
            if (depth < 3 && (inner.kind() == Token.Kind.PAREN || inner.kind() == Token.Kind.QUOTE)) {
                tokens(unit, Tokenizer.tokenize(unit.region().text(), inner.start() + 1,
                        Math.max(inner.start() + 1, inner.end() - 1)), depth + 1);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            java.util.function.Supplier<Span> span = () -> unit.region().span(token.start(), token.end());
            if (token.kind() == Token.Kind.CODE && command(token.text()) != null
                    && !saturated(Capability.EXECUTE, CapabilityEvidence.Strength.WEAK)) {
                add(Capability.EXECUTE, CapabilityEvidence.Strength.WEAK, span, "`" + token.text() + "`");
            } else if (token.kind() == Token.Kind.CODE && (token.lower().startsWith("http")
                    || token.lower().indexOf('/') > 0 && WEB_ADDRESS.matcher(token.lower()).find())) {
                add(Capability.WEB, CapabilityEvidence.Strength.WEAK, span, token.text());
            } else if (token.kind() == Token.Kind.URL && token.text().startsWith("http")) {
                add(Capability.WEB, CapabilityEvidence.Strength.WEAK, span, token.text());
            }
            PhraseTable.Match<Set<Capability>> phrase = Phrases.TABLE.match(tokens, i);
            if (phrase != null) {
                for (Capability capability : phrase.value()) {
                    add(capability, CapabilityEvidence.Strength.WEAK, span, phrase.phrase());
                }
            }
        }
    }

    private void statement(Statement statement) {
        boolean instructs = statement.modality().positive() && statement.aboutAgent() && !statement.illustrative();
        ObjectPhrase object = statement.object();
        for (Action action : statement.actions()) {
            String actionClass = action.actionClass();
            java.util.function.Supplier<Span> span = statement::span;
            String why = null;
            if (in(Capability.EXECUTE, actionClass) || actionClass.equals("verify")) {
                boolean strong = instructs && SHELL_ACTIONS.contains(actionClass) && (commandIn(statement)
                        || actionClass.equals("run") && overlaps(object.heads(), RUN_OBJECTS)
                        || !actionClass.equals("run") && overlaps(object.heads(), SHELL_WORK_OBJECTS));
                add(Capability.EXECUTE, strength(strong), span, null, statement);
            }
            if (action.writes() || in(Capability.WRITE, actionClass)) {
                boolean strong = instructs && action.writes()
                        && (!object.targets().isEmpty() || overlaps(object.heads(), FILE_OBJECTS));
                add(Capability.WRITE, strength(strong), span, null, statement);
            }
            if (actionClass.equals("read") || actionClass.equals("review")) {
                boolean strong = instructs && (!object.paths().isEmpty() || overlaps(object.heads(), READ_OBJECTS));
                boolean web = overlaps(object.heads(), WEB_WORDS) || overlaps(object.qualifiers(), WEB_WORDS)
                        || urlIn(statement);
                add(web ? Capability.WEB : Capability.READ, strength(strong), span, null, statement);
            }
            if (in(Capability.WEB, actionClass)) {
                boolean strong = instructs && (urlIn(statement) || overlaps(object.heads(), catalog.evidence(Capability.WEB)
                        .objectWords()) || overlaps(object.qualifiers(), WEB_WORDS));
                add(Capability.WEB, strength(strong), span, null, statement);
            }
            if (in(Capability.DELEGATE, actionClass)) {
                add(Capability.DELEGATE, CapabilityEvidence.Strength.WEAK, span, null, statement);
            }
        }
    }

    private boolean in(Capability capability, String actionClass) {
        return catalog.evidence(capability).actionClasses().contains(actionClass);
    }

    private static CapabilityEvidence.Strength strength(boolean strong) {
        return strong ? CapabilityEvidence.Strength.STRONG : CapabilityEvidence.Strength.WEAK;
    }

    private boolean commandIn(Statement statement) {
        for (Token token : statement.tokens()) {
            if (token.kind() == Token.Kind.CODE && command(token.text()) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean urlIn(Statement statement) {
        return statement.tokens().stream().anyMatch(t -> t.kind() == Token.Kind.URL && t.text().startsWith("http"));
    }

    /** The command a code span starts with ({@code npm test}: npm), or {@code null}. */
    String command(String code) {
        String text = code.strip();
        if (text.startsWith("$ ")) {
            text = text.substring(2).strip();
        }
        int space = text.indexOf(' ');
        String first = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        if (space < 0 && !Set.of("pytest", "make", "npm", "tsc", "ruff", "mypy", "eslint", "prettier", "jest",
                "vitest", "cargo", "gradle", "mvn", "dotnet", "terraform", "kubectl", "docker", "git").contains(first)) {
            return null;
        }
        return catalog.evidence(Capability.EXECUTE).commands().contains(first) ? first : null;
    }

    private void codeBlock(Block block) {
        Set<String> languages = catalog.evidence(Capability.EXECUTE).languages();
        if (languages.contains(block.info().toLowerCase(Locale.ROOT))) {
            add(Capability.EXECUTE, CapabilityEvidence.Strength.WEAK, block.span(), "a " + block.info() + " code block");
            return;
        }
        if (block.info().isEmpty() && !saturated(Capability.EXECUTE, CapabilityEvidence.Strength.WEAK)) {
            for (var segment : block.segments()) {
                String line = segment.text().strip();
                if (line.startsWith("$ ") && command(line) != null) {
                    add(Capability.EXECUTE, CapabilityEvidence.Strength.WEAK, segment.span(), line);
                    return;
                }
            }
        }
    }

    private void description(Located description) {
        String text = description.value();
        if (text.length() > 100_000) {
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(text);
        Span span = description.span() == null ? Span.point(1, 1) : description.span();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Token.Kind.URL) {
                add(Capability.WEB, CapabilityEvidence.Strength.WEAK, span, tokens.get(i).text());
            }
            PhraseTable.Match<Set<Capability>> phrase = Phrases.TABLE.match(tokens, i);
            if (phrase != null) {
                for (Capability capability : phrase.value()) {
                    add(capability, CapabilityEvidence.Strength.WEAK, span, phrase.phrase());
                }
            }
        }
    }

    private static boolean overlaps(java.util.Collection<String> words, Set<String> set) {
        for (String word : words) {
            if (set.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
