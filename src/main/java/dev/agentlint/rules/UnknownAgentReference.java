package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.AgentReference;
import dev.agentlint.agent.Located;
import dev.agentlint.agent.Project;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;
import dev.agentlint.parallel.InOrder;
import dev.agentlint.parse.Block;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.KeptValue;
import dev.agentlint.rule.ProjectRule;
import dev.agentlint.text.Ascii;
import dev.agentlint.text.Phrase;
import dev.agentlint.text.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hand-off to an agent that does not exist: {@code handoffs}, {@code agents}, {@code Agent(x)} in front matter,
 * and prose such as "use the code-reviewer agent" or "(use architect)" in the description and body.
 */
public final class UnknownAgentReference implements ProjectRule {

    private static final String VERBS = "(?:use|invoke|call|ask|consult|delegate\\s+to|defer\\s+to|escalate\\s+to|"
            + "hand(?:\\s+\\w+){0,3}?\\s+(?:off\\s+)?to|pass(?:\\s+\\w+){0,3}?\\s+to|send(?:\\s+\\w+){0,3}?\\s+to|"
            + "route(?:\\s+\\w+){0,3}?\\s+to)";
    /**
     * "(use architect)": a parenthetical deferral names an agent even when the name is one word. Tried only where a
     * parenthesis opens.
     */
    private static final Pattern DEFERRAL = Pattern.compile("\\(\\s*use\\s+`?([A-Za-z][\\w-]*)`?\\s*\\)");
    /** "use the code-reviewer agent", "hand the plan to `backend-architect` subagent". */
    private static final Phrase NAMED_AGENT = Phrase.of("(?i)\\b" + VERBS
            + "\\s+(?:the\\s+)?([`\"*]*)([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)[`\"*]*\\s+(?:sub-?)?agent\\b");
    /** "(use read_file)", "(use SessionManager)": a function or a class, not an agent. */
    private static final Pattern CODE_NAME = Pattern.compile("_|[a-z][A-Z]");
    /**
     * Words that make "(use x)" a routing rule ("NOT for: planning (use architect)") rather than advice ("blocking
     * calls (use async)", "attention-grabbing (use sparingly)").
     */
    private static final Pattern ROUTING_CUE = Pattern.compile("(?i)\\bnot\\s+for\\b|\\bfor\\s*:|\\binstead\\b|"
            + "\\bdelegate|\\bhand\\s+off\\b|\\bout\\s+of\\s+scope\\b|\\bagents?\\b");
    private static final Set<String> NOT_NAMES = Set.of("this", "that", "the", "a", "an", "appropriate", "right",
            "relevant", "following", "same", "other", "another", "specialized", "specialist", "sub", "main", "parent",
            "each", "any", "correct", "best", "dedicated", "matching", "general", "default", "custom", "new", "your",
            "my", "our", "their", "one", "which", "what", "task", "subagent", "agent", "specific", "expert",
            "orchestrator", "primary", "existing", "available", "proper", "separate", "next", "previous", "first",
            "second", "helper", "built-in", "builtin", "sub-agent", "relevant-specialist", "ai", "coding", "research",
            "review", "planning", "testing", "documentation", "security", "proactive", "multiple", "these", "those",
            "its", "his", "her", "some", "single", "calling", "invoking", "current", "own", "mcp", "explorer");

    @Override
    public String id() {
        return "unknown-agent-reference";
    }

    /** An agent a file names: where, and how sure it is that the words are a name. */
    private record Mention(String name, Span span, Confidence confidence) {
    }

    /** The agents a file names, found while files are checked in parallel. */
    private record Mentions(List<Mention> list) {
    }

    private static final KeptValue<Mentions> KEPT_MENTIONS = KeptValue.of(Mentions.class,
            (mentions, out) -> out.writeList(mentions.list(), (o, mention) -> {
                o.writeString(mention.name());
                o.writeSpan(mention.span());
                o.writeEnum(mention.confidence());
            }),
            (file, in) -> new Mentions(List.copyOf(in.readList(r -> new Mention(r.readString(), r.readSpan(),
                    r.readEnum(Confidence.class))))));

    @Override
    public void prepare(AgentFile file) {
        mentions(file);
    }

    @Override
    public List<KeptValue<?>> kept() {
        return List.of(KEPT_MENTIONS);
    }

    @Override
    public void check(Project project, ProjectReporter reporter) {
        Set<String> known = new HashSet<>();
        project.config().knownAgents().forEach(name -> known.add(key(name)));
        for (AgentFile file : project.files()) {
            file.agent().name().map(Located::value).ifPresent(name -> known.add(key(name)));
            known.add(key(AgentFile.nameFromFileName(file.fileName())));
        }
        List<Unknown> unknown = new ArrayList<>();
        Map<String, String> firstWritten = new LinkedHashMap<>();
        for (AgentFile file : project.checkedFiles()) {
            Set<String> builtins = new HashSet<>();
            file.vocabulary().builtinAgents().forEach(name -> builtins.add(key(name)));
            for (Mention mention : mentions(file)) {
                String key = key(mention.name());
                if (!known.contains(key) && !builtins.contains(key)) {
                    unknown.add(new Unknown(file, mention));
                    firstWritten.putIfAbsent(key, mention.name());
                }
            }
        }
        Map<String, String> hints = hints(firstWritten, known);
        unknown.forEach(u -> report(u.file(), u.mention(), hints.get(key(u.mention().name())), reporter));
    }

    /** A reference to an agent that is not known. */
    private record Unknown(AgentFile file, Mention mention) {
    }

    /**
     * The did-you-mean hint of each unknown name (by key, with the name as first written), worked out in parallel:
     * a large repository has thousands of known names to compare with.
     */
    private static Map<String, String> hints(Map<String, String> firstWritten, Set<String> known) {
        Suggestions.Candidates suggestions = Suggestions.of(new TreeSet<>(known));
        List<String> keys = List.copyOf(firstWritten.keySet());
        List<String> found = InOrder.map(keys, key -> suggestions.didYouMean(firstWritten.get(key)));
        Map<String, String> hints = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            hints.put(keys.get(i), found.get(i));
        }
        return hints;
    }

    private static void report(AgentFile file, Mention mention, String hint, ProjectReporter reporter) {
        String platform = file.format().platform();
        reporter.report(file, Issue.at(mention.span(), "no agent named \"" + mention.name() + "\" is defined here, built into "
                + UnknownTool.platformName(platform) + " or listed in known-agents" + hint
                + "; the hand-off will fail").confidence(mention.confidence()));
    }

    private static List<Mention> mentions(AgentFile file) {
        return file.derived(Mentions.class, f -> new Mentions(new MentionFinder(f).find())).list();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Finds the references of one file. */
    private static final class MentionFinder {

        private final AgentFile file;
        private final List<Mention> found = new ArrayList<>();

        MentionFinder(AgentFile file) {
            this.file = file;
        }

        List<Mention> find() {
            for (AgentReference reference : file.agent().references()) {
                add(reference.name(), reference.span() != null ? reference.span() : AgentScopes.nameSpan(file),
                        Confidence.HIGH);
            }
            file.agent().description().ifPresent(this::scanDescription);
            for (Block block : file.body().blocks()) {
                if (block.kind() != Block.Kind.CODE && block.kind() != Block.Kind.HTML) {
                    scan(block.text(), (offset, length) -> block.spanOf(offset, length));
                }
            }
            return List.copyOf(found);
        }

        private void scanDescription(Located description) {
            if (description.span() == null) {
                return;
            }
            SourceText source = file.source();
            int start = source.offset(description.span().start());
            String written = source.slice(description.span());
            scan(written, (offset, length) -> source.span(start + offset, start + offset + length));
        }

        private void scan(String text, SpanFinder spans) {
            Matcher deferral = DEFERRAL.matcher(text);
            for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
                if (!deferral.region(open, text.length()).lookingAt()) {
                    continue;
                }
                open = deferral.end() - 1; // as find() would, the next one is looked for after this one
                String name = deferral.group(1);
                if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) || CODE_NAME.matcher(name).find()) {
                    continue;
                }
                boolean routing = name.contains("-") || ROUTING_CUE.matcher(lineBefore(text, deferral.start()))
                        .find();
                add(name, spans.at(deferral.start(1), name.length()), routing ? Confidence.HIGH : Confidence.MEDIUM);
            }
            // every match ends in "agent", which most blocks never say
            List<MatchResult> namedAgents = Ascii.containsFolded(text, "agent") ? NAMED_AGENT.findAll(text) : List.of();
            for (MatchResult named : namedAgents) {
                String name = named.group(2);
                if (NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                boolean distinctive = name.contains("-") || name.contains("_") || !named.group(1).isEmpty();
                add(name, spans.at(named.start(2), name.length()), distinctive ? Confidence.HIGH : Confidence.MEDIUM);
            }
        }

        /** The text of the line up to {@code end}. */
        private static String lineBefore(String text, int end) {
            return text.substring(text.lastIndexOf('\n', end - 1) + 1, end);
        }

        private void add(String name, Span span, Confidence confidence) {
            found.add(new Mention(name, span, confidence));
        }
    }

    private interface SpanFinder {
        Span at(int offset, int length);
    }
}
