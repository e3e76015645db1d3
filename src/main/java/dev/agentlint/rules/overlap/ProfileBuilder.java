package dev.agentlint.rules.overlap;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.AgentReference;
import dev.agentlint.agent.Located;
import dev.agentlint.model.Format;
import dev.agentlint.model.Span;
import dev.agentlint.text.Phrase;
import dev.agentlint.text.analysis.ModalReading;
import dev.agentlint.text.analysis.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Builds an {@link AgentProfile} from an agent file; computed once per file and kept with it. */
public final class ProfileBuilder {

    /** Headings of the section that says when to pick the agent. */
    private static final Pattern WHEN_TO_USE = Pattern.compile("(?i)\\b(when to (use|invoke|call|engage|choose)"
            + "|use (this agent|me|it) (when|for)|use cases?|invoke (this agent )?when|triggers?|activation|"
            + "when invoked)\\b");
    /** A role sentence: "You are ...", "As a ...", "Your role ...". */
    private static final Pattern ROLE = Pattern.compile("(?i)^\\W*(you are|you're|as an? |i am |your (role|job|"
            + "mission|purpose) )");
    private static final Set<String> ROLE_LABELS = Set.of("role", "persona", "identity", "mission", "purpose",
            "your role", "your scope", "scope");
    /** A lead-in or heading that turns what follows into exclusions. */
    private static final Pattern NEGATIVE_HEADING = Pattern.compile("(?i)\\b(cannot|can'?t|never|not|don'?t|avoid)\\b");
    private static final Pattern NEGATIVE_LABEL = Pattern.compile("(?i)^\\W*(not for|not|never|don'?t|do not|"
            + "does not|doesn'?t|avoid|out of scope|outside (of )?scope|limitations?|cannot|can'?t|won'?t|"
            + "excluded?|exclusions?|non-goals?|boundaries)\\b");
    /** A negation inside a sentence: what follows it is excluded. */
    private static final Phrase NEGATION = Phrase.of("(?i)(\\bnot\\b|\\bnever\\b|\\bdon'?t\\b|\\bdo not\\b|"
            + "\\bdoes not\\b|\\bdoesn'?t\\b|\\bavoid\\b|\\bexcept\\b|\\binstead of\\b|\\brather than\\b|"
            + "\\bcannot\\b|\\bcan'?t\\b|\\bwithout\\b|❌|🚫)");
    private static final Pattern EXAMPLE = Pattern.compile("(?is)<example>(.*?)(</example>|$)");
    private static final Pattern USER_LINE = Pattern.compile("(?im)^\\s*user\\s*:\\s*(.+)$");
    private static final Pattern TAG = Pattern.compile("(?is)<commentary>.*?(</commentary>|$)|<[^>\\n]{1,40}>");
    /** "(use architect)", "(see code-reviewer)". */
    private static final Pattern PAREN_DEFERRAL = Pattern.compile(
            "\\(\\s*(?:use|see|try|prefer|call|ask|invoke|delegate to|defer to)\\s+(?:the\\s+)?[`\"*@]*"
                    + "([A-Za-z][\\w-]*)");
    /** "use the backend-architect agent", "delegate to `debugger`", "hand the plan to code-reviewer". */
    private static final Phrase VERB_DEFERRAL = Phrase.of("(?i)\\b(?:use|invoke|call|consult|delegate"
            + "(?:\\s+\\w+){0,3}?\\s+to|defer\\s+to|escalate\\s+to|switch\\s+to|refer(?:\\s+\\w+){0,3}?\\s+to|"
            + "hand(?:\\s+\\w+){0,3}?\\s+(?:off\\s+)?to|pass(?:\\s+\\w+){0,3}?\\s+to|send(?:\\s+\\w+){0,3}?\\s+to|"
            + "route(?:\\s+\\w+){0,3}?\\s+to)\\s+(?:the\\s+|an?\\s+)?[`\"*@]*([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)"
            + "[`\"*]*");
    private static final Pattern SURFACE_SEPARATOR = Pattern.compile("[^A-Za-z0-9+#.-]+");
    private static final Pattern MENTION = Pattern.compile("@([a-z][a-z0-9]*(?:-[a-z0-9]+)+)");
    private static final Pattern FILE_SUFFIX = Pattern.compile("(\\.agent|\\.chatmode|\\.prompt)?\\.md$");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.;!?])\\s+|\\n+");
    /** A line that only says "Examples:", left when the examples themselves are taken out. */
    private static final Pattern EXAMPLES_LINE = Pattern.compile("(?im)^\\s*examples?\\s*:?\\s*$");

    private final FacetMatcher facets = FacetMatcher.get();

    private ProfileBuilder() {
    }

    /** The profile of a file, computed on first use. */
    public static AgentProfile of(AgentFile file) {
        return file.derived(AgentProfile.class, f -> new ProfileBuilder().build(f));
    }

    private AgentProfile build(AgentFile file) {
        String stem = FILE_SUFFIX.matcher(file.fileName()).replaceFirst("");
        String name = file.agent().name().map(Located::value).filter(n -> !n.isBlank()).orElse(stem);
        Set<String> names = SortedStrings.of(List.of(key(name), key(stem)));
        String why = notAutoSelectable(file);

        StringBuilder profile = new StringBuilder();
        List<String> profileKeys = new ArrayList<>();
        String nameText = name.replace('-', ' ').replace('_', ' ');
        Words.Stemmed nameWords = Words.Stemmed.of(nameText);
        profile.append(nameText).append('\n').append(nameText).append('\n');
        profileKeys.addAll(nameWords.keys());
        profileKeys.addAll(nameWords.keys());
        Set<String> deferrals = new TreeSet<>();
        Collector primary = new Collector();
        Collector secondary = new Collector();
        FacetMatcher.Found named = facets.find(nameText, nameWords.stems());
        primary.add(named);
        Set<String> identity = new TreeSet<>(named.technologies());

        String description = file.agent().description().map(Located::value).orElse("");
        String reduced = reduceDescription(description);
        findDeferrals(description, deferrals);
        boolean first = true;
        for (String sentence : SENTENCE_BREAK.split(reduced)) {
            String positive = positivePart(sentence);
            Words.Stemmed words = Words.Stemmed.of(positive);
            profile.append(positive).append('\n');
            profileKeys.addAll(words.keys());
            FacetMatcher.Found found = facets.find(positive, words.stems());
            primary.add(found);
            if (first && !sentence.isBlank()) {
                identity.addAll(found.technologies());
                first = false;
            }
        }
        for (AgentReference reference : file.agent().references()) {
            deferrals.add(key(reference.name()));
        }

        // the body's keys are those of its parts: no word runs across the line breaks that joined them
        List<String> bodyKeys = Words.keys(reduced);
        ModalReading reading = ModalReading.of(file);
        Set<String> headingsSeen = new java.util.HashSet<>();
        Map<String, Boolean> whenToUseHeadings = new HashMap<>();
        NegativeUnits negatives = new NegativeUnits();
        int roleUnits = 0;
        int firstUnits = 0;
        for (Unit unit : reading.units()) {
            String text = unit.text();
            findDeferrals(text, deferrals);
            for (String heading : unit.block().headings()) {
                if (headingsSeen.add(heading) && !NEGATIVE_LABEL.matcher(heading).find()
                        && NEGATION.find(heading).isEmpty()) {
                    Words.Stemmed words = Words.Stemmed.of(heading);
                    secondary.addOnce(facets.find(heading, words.stems()), heading);
                    bodyKeys.addAll(words.keys());
                }
            }
            if (unit.illustrative() || negatives.test(unit)) {
                continue;
            }
            String positive = positiveText(unit, reading);
            if (positive.isBlank()) {
                continue;
            }
            Words.Stemmed words = Words.Stemmed.of(positive);
            List<String> keys = words.keys();
            bodyKeys.addAll(keys);
            boolean whenToUse = underWhenToUse(unit.block().headings(), whenToUseHeadings);
            boolean role = roleUnits < 2 && (ROLE.matcher(text).find() || unit.label() != null
                    && ROLE_LABELS.contains(unit.label().toLowerCase(Locale.ROOT).strip())
                    || firstUnits == 0 && unit.source() == Unit.Source.PARAGRAPH && unit.block().headings().isEmpty());
            firstUnits++;
            FacetMatcher.Found found = facets.find(positive, words.stems());
            if (role) {
                roleUnits++;
                identity.addAll(found.technologies());
            }
            if (whenToUse || role) {
                profile.append(positive).append('\n');
                profileKeys.addAll(keys);
                primary.add(found);
            } else if (!found.isEmpty()) {
                secondary.addOnce(found, unit.block().span().toString());
            }
        }
        AgentProfile.Facets primaryFacets = primary.facets();
        AgentProfile.Facets effective = effective(primaryFacets, secondary.counts);
        return new AgentProfile(file, name, names, why.isEmpty(), why,
                TermCounts.of(profileKeys), TermCounts.of(bodyKeys),
                primaryFacets, effective, SortedStrings.of(deferrals), anchor(file),
                surfaces(profile.toString()), Set.copyOf(identity));
    }

    /** Whether one of the headings says when to use the agent; each heading is matched once a file. */
    private static boolean underWhenToUse(List<String> headings, Map<String, Boolean> byHeading) {
        for (String heading : headings) {
            if (byHeading.computeIfAbsent(heading, h -> WHEN_TO_USE.matcher(h).find())) {
                return true;
            }
        }
        return false;
    }

    /** Why a runtime never picks this agent by itself, or an empty string when it may. */
    static String notAutoSelectable(AgentFile file) {
        if (file.format() == Format.VSCODE_CHATMODE) {
            return "chat modes are picked by the user";
        }
        JsonNode root = file.yaml() == null ? null : file.yaml().root();
        if (root == null || !root.isObject()) {
            return "";
        }
        if (root.path("disable-model-invocation").asBoolean(false)) {
            return "disable-model-invocation is true";
        }
        JsonNode infer = root.path("infer");
        if (infer.isBoolean() && !infer.asBoolean()) {
            return "infer is false";
        }
        JsonNode mode = root.path("mode");
        if (file.format() == Format.OPENCODE && mode.isString() && mode.asString().equals("primary")) {
            return "primary agents are picked by the user";
        }
        return "";
    }

    /** The description with {@code <example>} blocks reduced to the user's requests and other tags removed. */
    static String reduceDescription(String description) {
        StringBuilder result = new StringBuilder();
        Matcher example = EXAMPLE.matcher(description);
        int last = 0;
        while (example.find()) {
            result.append(description, last, example.start()).append('\n');
            Matcher user = USER_LINE.matcher(example.group(1));
            while (user.find()) {
                result.append(user.group(1).replaceAll("^[\"'“]+|[\"'”]+$", "")).append('.').append('\n');
            }
            last = example.end();
        }
        result.append(description.substring(last));
        String text = TAG.matcher(result).replaceAll(" ");
        return EXAMPLES_LINE.matcher(text).replaceAll("");
    }

    /** The part of a sentence before a negation: "Builds APIs, not frontends" is about APIs. */
    public static String positivePart(String sentence) {
        return NEGATION.find(sentence).map(m -> sentence.substring(0, m.start()))
                .orElse(sentence);
    }

    /**
     * Tells which units say what an agent does not do ("Never", "Not for"); the headings of a section are judged
     * once for all its units.
     */
    static final class NegativeUnits {

        private final Map<List<String>, Boolean> byHeadings = new HashMap<>();
        /** The sections under one heading share it, so each heading is matched once. */
        private final Map<String, Boolean> byHeading = new HashMap<>();

        boolean test(Unit unit) {
            if (unit.sectionModality() != null && unit.sectionModality().negative()) {
                return true;
            }
            if (unit.label() != null && NEGATIVE_LABEL.matcher(unit.label()).find()) {
                return true;
            }
            return byHeadings.computeIfAbsent(unit.block().headings(), this::negativeHeadings);
        }

        private boolean negativeHeadings(List<String> headings) {
            for (String heading : headings) {
                if (byHeading.computeIfAbsent(heading, NegativeUnits::negativeHeading)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean negativeHeading(String heading) {
            return NEGATIVE_LABEL.matcher(heading).find() || NEGATIVE_HEADING.matcher(heading).find();
        }
    }

    /** The unit's label and the parts of its text that no prohibition covers. */
    private static String positiveText(Unit unit, ModalReading reading) {
        StringBuilder text = new StringBuilder();
        if (unit.label() != null) {
            text.append(unit.label()).append(": ");
        }
        List<ModalReading.Clause> clauses = reading.clausesOf(unit);
        if (clauses.isEmpty()) {
            text.append(positivePart(unit.text()));
            return text.toString();
        }
        for (ModalReading.Clause clause : clauses) {
            if (!clause.modality().negative()) {
                text.append(positivePart(clause.text())).append(". ");
            }
        }
        return text.toString();
    }

    private static void findDeferrals(String text, Set<String> deferrals) {
        if (text.indexOf('(') >= 0) {
            Matcher paren = PAREN_DEFERRAL.matcher(text);
            while (paren.find()) {
                deferrals.add(key(paren.group(1)));
            }
        }
        for (MatchResult verb : VERB_DEFERRAL.findAll(text)) {
            deferrals.add(key(verb.group(1)));
        }
        if (text.indexOf('@') >= 0) {
            Matcher mention = MENTION.matcher(text);
            while (mention.find()) {
                deferrals.add(key(mention.group(1)));
            }
        }
    }

    /** A name as agents refer to it: lower case, underscores as hyphens. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-').strip();
    }

    private static Span anchor(AgentFile file) {
        Span description = file.agent().description().map(Located::span).orElse(null);
        if (description != null) {
            return description;
        }
        Span name = file.agent().name().map(Located::span).orElse(null);
        if (name != null) {
            return name;
        }
        return file.frontMatter().openingFence() != null ? file.frontMatter().openingFence() : Span.point(1, 1);
    }

    /**
     * The facets compared: the primary ones, plus technologies the rest of the body names in at least two places;
     * actions and domains come from the body (its most frequent three) only when the primary text names none.
     */
    private static AgentProfile.Facets effective(AgentProfile.Facets primary, Map<String, Integer> secondary) {
        Set<String> actions = new TreeSet<>(primary.actions());
        Set<String> domains = new TreeSet<>(primary.domains());
        Set<String> technologies = new TreeSet<>(primary.technologies());
        if (actions.isEmpty()) {
            actions.addAll(top(secondary, 'a'));
        }
        if (domains.isEmpty()) {
            domains.addAll(top(secondary, 'd'));
        }
        secondary.forEach((key, count) -> {
            if (key.charAt(0) == 't' && count >= 2) {
                technologies.add(key.substring(2));
            }
        });
        return new AgentProfile.Facets(Set.copyOf(actions), Set.copyOf(domains), Set.copyOf(technologies));
    }

    /** The three facets of a kind counted most often (at least twice), ties in key order. */
    private static List<String> top(Map<String, Integer> secondary, char kind) {
        List<Map.Entry<String, Integer>> counted = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : secondary.entrySet()) {
            if (entry.getKey().charAt(0) == kind && entry.getValue() >= 2) {
                counted.add(entry);
            }
        }
        counted.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                : Integer.compare(b.getValue(), a.getValue()));
        List<String> top = new ArrayList<>(3);
        for (int i = 0; i < Math.min(3, counted.size()); i++) {
            top.add(counted.get(i).getKey().substring(2));
        }
        return top;
    }

    private static Map<String, String> surfaces(String text) {
        Map<String, String> surfaces = new HashMap<>();
        for (String word : SURFACE_SEPARATOR.split(text)) {
            String trimmed = trimDotsAndHyphens(word);
            List<String> keys = Words.keys(trimmed);
            if (keys.size() == 1) {
                surfaces.putIfAbsent(keys.get(0).intern(), trimmed.toLowerCase(Locale.ROOT).intern());
            }
        }
        return Map.copyOf(surfaces);
    }

    private static String trimDotsAndHyphens(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && (word.charAt(start) == '.' || word.charAt(start) == '-')) {
            start++;
        }
        while (end > start && (word.charAt(end - 1) == '.' || word.charAt(end - 1) == '-')) {
            end--;
        }
        return word.substring(start, end);
    }

    /** Facets as they are found: sets for the primary text, counts of places for the rest of the body. */
    private static final class Collector {
        final Set<String> actions = new LinkedHashSet<>();
        final Set<String> domains = new LinkedHashSet<>();
        final Set<String> technologies = new LinkedHashSet<>();
        final Map<String, Integer> counts = new HashMap<>();
        /** The places each facet was counted at, so that it counts once a place. */
        final Map<String, Set<String>> placesByKey = new HashMap<>();

        void add(FacetMatcher.Found found) {
            actions.addAll(found.actions());
            domains.addAll(found.domains());
            technologies.addAll(found.technologies());
        }

        void addOnce(FacetMatcher.Found found, String place) {
            found.actions().forEach(a -> count("a:" + a, place));
            found.domains().forEach(d -> count("d:" + d, place));
            found.technologies().forEach(t -> count("t:" + t, place));
        }

        private void count(String key, String place) {
            if (placesByKey.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(place)) {
                counts.merge(key, 1, Integer::sum);
            }
        }

        AgentProfile.Facets facets() {
            return new AgentProfile.Facets(SortedStrings.of(actions), SortedStrings.of(domains),
                    SortedStrings.of(technologies));
        }
    }
}
