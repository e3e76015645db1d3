package dev.agentlint.rules.overlap;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.parse.Block;
import dev.agentlint.parse.Segment;
import dev.agentlint.text.analysis.Action;
import dev.agentlint.text.analysis.DocumentAnalysis;
import dev.agentlint.text.analysis.Modality;
import dev.agentlint.text.analysis.Statement;
import dev.agentlint.text.analysis.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rules an agent sets that other agents may contradict: thresholds on metrics (coverage at least 90%),
 * tools for slots (mypy as the type checker) and prohibitions or requirements on topics (no comments). Examples,
 * templates and prohibitions never choose a tool; a threshold needs wording that requires it ("at least",
 * "≥", "must") and none that reports it ("achieved 88% coverage").
 */
public final class PolicyExtractor {

    /** What one agent says, by kind. */
    public record Policies(Map<String, List<PolicyClaim>> metrics, Map<String, List<PolicyClaim>> chosen,
            Map<String, Set<String>> mentioned, Map<String, List<PolicyClaim>> topics) {

        /** Most agents state no policy; one shared empty map instead of an empty table per agent and kind. */
        public Policies {
            metrics = orShared(metrics);
            chosen = orShared(chosen);
            mentioned = orShared(mentioned);
            topics = orShared(topics);
        }

        private static <V> Map<String, V> orShared(Map<String, V> map) {
            return map.isEmpty() ? Map.of() : map;
        }

        public boolean empty() {
            return metrics.isEmpty() && chosen.isEmpty() && topics.isEmpty();
        }
    }

    private static final Pattern REQUIREMENT = Pattern.compile("(?i)(≥|>=|>|\\bat least\\b|\\bminimum\\b|\\bmin\\b|"
            + "\\btarget\\b|\\baim\\b|\\bgate\\b|\\brequire|\\bmust\\b|\\bshould\\b|\\bmaintain|\\bkeep\\b|"
            + "\\bthreshold|\\babove\\b|\\bexceed|\\bor (higher|more|above)\\b|\\+|\\bensure|\\benforce|\\bover\\b|"
            + "\\bminimum\\b|\\bno less than\\b|≤|<=|<|\\bunder\\b|\\bbelow\\b|\\bmax(imum)?\\b|\\bat most\\b|"
            + "\\bno (more|longer) than\\b|\\blimit)");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(achieved|achieving|delivered|improved|"
            + "increased|reached|currently|was|were|from \\d|went|raised|boosted|got)\\b");
    /** Info strings of code blocks that hold prose, read like the rest of the body. */
    private static final Pattern PROSE_INFO = Pattern.compile("(?i)markdown|md|text|txt");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})(?:\\.\\d+)?\\s*%");
    private static final Pattern COUNT = Pattern.compile("(\\d{1,4})\\s*[-‑]?\\s*(lines?|characters?|chars?|loc)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("(?:<|≤|<=|under|below|max(?:imum)?|of|at most|than|:)\\s*"
            + "(\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);
    /** The objects a topic named by its action alone ("committing") may take: "commit the changes", not "commit to". */
    private static final Set<String> WORK_PRODUCTS = Set.of("change", "code", "work", "commit");
    /** After a tool's name: a tool server or its tools ("`playwright` tools", "Playwright MCP"), not the library. */
    private static final Pattern TOOL_SERVER = Pattern.compile("[`*]*\\s*(?i:tools?\\b|mcp\\b|server\\b)");
    /** Each word begins at a word boundary, so that test comes first and fails fast everywhere else. */
    private static final Pattern SOFTENERS = Pattern.compile("(?i)\\b(?:over\\b|instead of\\b|rather than\\b|"
            + "not\\b|never\\b|avoid\\b|no\\b|don'?t\\b|vs\\.?\\b|versus\\b|replac)");

    private final Dictionaries dictionaries = Dictionaries.get();

    private PolicyExtractor() {
    }

    /** The policies of a file, computed on first use and kept with it. */
    public static Policies of(AgentFile file) {
        return file.derived(Policies.class, f -> new PolicyExtractor().extract(f));
    }

    private Policies extract(AgentFile file) {
        Map<String, List<PolicyClaim>> metrics = new LinkedHashMap<>();
        Map<String, List<PolicyClaim>> chosen = new LinkedHashMap<>();
        Map<String, Set<String>> mentioned = new LinkedHashMap<>();
        Map<String, List<PolicyClaim>> topics = new LinkedHashMap<>();
        DocumentAnalysis analysis = DocumentAnalysis.of(file);
        ProfileBuilder.NegativeUnits negatives = new ProfileBuilder.NegativeUnits();
        for (Unit unit : analysis.units()) {
            if (unit.illustrative()) {
                continue;
            }
            boolean negative = negatives.test(unit);
            Dictionaries.SearchText text = dictionaries.searchText(
                    (unit.label() != null ? unit.label() + ": " : "") + unit.text());
            if (!negative && dictionaries.mayNameMetric(text.text())) {
                metrics(unit, text.lower(), metrics);
            }
            slots(unit, text, negative, analysis, chosen, mentioned);
            topics(unit, negative, analysis, topics);
        }
        for (Block block : file.body().blocks()) {
            if (block.kind() == Block.Kind.CODE) {
                code(block, chosen, mentioned);
            }
        }
        mentioned.replaceAll((slot, tools) -> SortedStrings.of(tools));
        return new Policies(metrics, chosen, mentioned, topics);
    }

    private void metrics(Unit unit, String lower, Map<String, List<PolicyClaim>> metrics) {
        Boolean reported = null;
        int[] firstAt = dictionaries.firstMetricWords(lower);
        if (firstAt == null) {
            return;
        }
        int firstWord = 0;
        for (Dictionaries.Metric metric : dictionaries.metrics()) {
            List<String> words = metric.words();
            for (int w = 0; w < words.size(); w++) {
                String word = words.get(w);
                int at = firstAt[firstWord + w];
                if (at < 0 || precededBy(lower, at, metric.not())) {
                    continue;
                }
                if (reported == null) {
                    // a result already reached ("coverage was 85%") is no policy; asked only of units naming a metric
                    reported = REPORTED.matcher(lower).find();
                }
                if (reported) {
                    return;
                }
                String window = lower.substring(Math.max(0, at - 40), Math.min(lower.length(), at + word.length() + 50));
                if (!REQUIREMENT.matcher(window).find() || !metric.near().isEmpty()
                        && metric.near().stream().noneMatch(near -> near.matcher(window).find())) {
                    continue;
                }
                Matcher number = (metric.unit().equals("%") ? PERCENT : metric.unit().isEmpty() ? BARE : COUNT)
                        .matcher(window);
                if (!number.find()) {
                    continue;
                }
                if (!metric.unit().equals("%") && !metric.unit().isEmpty()
                        && !number.group(2).startsWith(metric.unit().substring(0, 3)) && !(metric.unit().equals("characters")
                        && number.group(2).startsWith("char"))) {
                    continue;
                }
                int value = Integer.parseInt(number.group(1));
                if (value < metric.min() || value > metric.max()) {
                    continue;
                }
                metrics.computeIfAbsent(metric.id(), k -> new ArrayList<>()).add(new PolicyClaim("metric",
                        metric.id(), String.valueOf(value), unit.span(), shorten(unit.text()), true));
                break;
            }
            firstWord += words.size();
        }
    }

    private static boolean precededBy(String lower, int at, Set<String> words) {
        String before = lower.substring(Math.max(0, at - 20), at).strip();
        String last = before.replaceAll(".*[^a-z0-9-]", "");
        return words.contains(last);
    }

    /** A tool a unit names, and where. */
    private record Named(Dictionaries.Slot slot, Dictionaries.Tool tool, int start, int end) {
    }

    /**
     * The tools a unit chooses. A unit that names several tools of one slot, or three tools or more, lists what
     * exists ("Entity Framework, SQLAlchemy, Prisma, TypeORM") rather than choosing; so does a parenthesised list
     * ("coverage reporters (Jest, pytest-cov)"). A name followed by "tools" or "MCP" is a tool server, not the
     * library.
     */
    private void slots(Unit unit, Dictionaries.SearchText searched, boolean negative, DocumentAnalysis analysis,
            Map<String, List<PolicyClaim>> chosen, Map<String, Set<String>> mentioned) {
        String text = searched.text();
        List<Named> named = new ArrayList<>();
        for (Dictionaries.ToolMention mention : dictionaries.toolsNamedIn(searched)) {
            Matcher match = mention.match();
            if (!TOOL_SERVER.matcher(text).region(match.end(), text.length()).lookingAt()) {
                named.add(new Named(mention.slot(), mention.tool(), match.start(), match.end()));
            }
        }
        boolean listing = named.size() >= 3;
        for (Named name : named) {
            int offset = name.start() - (text.length() - unit.text().length());
            Statement statement = offset >= 0 ? analysis.statementAt(unit, unit.start() + offset) : null;
            boolean forbidden = negative || statement != null && statement.modality().negative()
                    || softened(text, name.start());
            if (forbidden) {
                continue;
            }
            Dictionaries.Slot slot = name.slot();
            mentioned.computeIfAbsent(slot.id(), k -> new TreeSet<>()).add(name.tool().name());
            boolean alternatives = named.stream().filter(n -> n.slot() == slot).count() > 1;
            if (listing || alternatives || inParenthesisedList(text, name.start())) {
                continue;
            }
            List<PolicyClaim> claims = chosen.computeIfAbsent(slot.id(), k -> new ArrayList<>());
            if (claims.stream().noneMatch(c -> c.value().equals(name.tool().name()))) {
                claims.add(new PolicyClaim("slot", slot.id(), name.tool().name(), unit.span(), shorten(unit.text()),
                        true));
            }
        }
    }

    /** Whether position {@code at} lies inside parentheses that hold a comma: "(Jest, pytest-cov, SimpleCov)". */
    private static boolean inParenthesisedList(String text, int at) {
        int open = text.lastIndexOf('(', at);
        if (open < 0 || text.lastIndexOf(')', at) > open) {
            return false;
        }
        int close = text.indexOf(')', at);
        String inside = text.substring(open, close < 0 ? text.length() : close);
        return inside.indexOf(',') >= 0;
    }

    /** "ruff instead of flake8", "pytest, not unittest": the second tool is rejected, not chosen. */
    private static boolean softened(String text, int at) {
        return SOFTENERS.matcher(text).region(Math.max(0, at - 24), at).find();
    }

    private void code(Block block, Map<String, List<PolicyClaim>> chosen, Map<String, Set<String>> mentioned) {
        boolean prose = block.info().isBlank() || PROSE_INFO.matcher(block.info().strip()).matches();
        for (Segment segment : block.segments()) {
            String line = segment.text().strip();
            if (prose && !softened(line, line.length())) {
                Dictionaries.SearchText searched = dictionaries.searchText(line);
                for (Dictionaries.ToolMention mention : dictionaries.toolsNamedIn(searched)) {
                    addCode(mention.slot(), mention.tool(), segment, line, chosen, mentioned);
                }
                continue;
            }
            for (Dictionaries.CodeSpelling spelling : dictionaries.codeSpellingsRunBy(line)) {
                addCode(spelling.slot(), spelling.tool(), segment, line, chosen, mentioned);
            }
        }
    }

    private static void addCode(Dictionaries.Slot slot, Dictionaries.Tool tool, Segment segment, String line,
            Map<String, List<PolicyClaim>> chosen, Map<String, Set<String>> mentioned) {
        mentioned.computeIfAbsent(slot.id(), k -> new TreeSet<>()).add(tool.name());
        List<PolicyClaim> claims = chosen.computeIfAbsent(slot.id(), k -> new ArrayList<>());
        if (claims.stream().noneMatch(c -> c.value().equals(tool.name()))) {
            claims.add(new PolicyClaim("slot", slot.id(), tool.name(), segment.span(), shorten(line), false));
        }
    }

    private void topics(Unit unit, boolean negativeUnit, DocumentAnalysis analysis,
            Map<String, List<PolicyClaim>> topics) {
        String label = unit.label() == null ? "" : unit.label().toLowerCase(Locale.ROOT).strip();
        List<Statement> acting = acting(analysis.statementsOf(unit));
        if (acting.isEmpty() && label.isEmpty()) {
            return;
        }
        List<Dictionaries.Topic> all = dictionaries.topics();
        for (int t = 0; t < all.size(); t++) {
            Dictionaries.Topic topic = all.get(t);
            if (!negativeUnit && !topic.words().isEmpty() && topic.words().contains(label)) {
                add(topics, topic, "requires", unit, unit.text());
                continue;
            }
            for (int s = 0; s < acting.size(); s++) {
                Statement statement = acting.get(s);
                if (!takesActionOf(statement, topic) || !topic.words().isEmpty() && !namesObjectOf(statement, topic)) {
                    continue;
                }
                if (topic.words().isEmpty() && !statement.object().empty()
                        && Collections.disjoint(statement.object().heads(), WORK_PRODUCTS)) {
                    continue;
                }
                if (statement.modality() == Modality.PROHIBITION && statement.explicit()) {
                    add(topics, topic, "forbids", unit, statement.text());
                } else if (!negativeUnit && (statement.modality() == Modality.OBLIGATION
                        || statement.modality() == Modality.IMPERATIVE)) {
                    add(topics, topic, "requires", unit, statement.text());
                }
            }
        }
    }

    /** The statements of a unit that a topic can be about: those with an action, outside examples. */
    private static List<Statement> acting(List<Statement> statements) {
        List<Statement> acting = null;
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = statements.get(i);
            if (statement.hasAction() && !statement.illustrative()) {
                if (acting == null) {
                    acting = new ArrayList<>();
                }
                acting.add(statement);
            }
        }
        return acting == null ? List.of() : acting;
    }

    private static boolean takesActionOf(Statement statement, Dictionaries.Topic topic) {
        List<Action> actions = statement.actions();
        for (int i = 0; i < actions.size(); i++) {
            if (topic.actions().contains(actions.get(i).actionClass())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namesObjectOf(Statement statement, Dictionaries.Topic topic) {
        for (String head : statement.object().heads()) {
            if (topic.words().contains(head) || topic.words().contains(head + "s")) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, List<PolicyClaim>> topics, Dictionaries.Topic topic, String value, Unit unit,
            String text) {
        topics.computeIfAbsent(topic.id(), k -> new ArrayList<>()).add(new PolicyClaim("topic", topic.id(), value,
                unit.span(), shorten(text), true));
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 57) + "...";
    }
}
