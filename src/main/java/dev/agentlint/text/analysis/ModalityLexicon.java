package dev.agentlint.text.analysis;

import dev.agentlint.text.Ascii;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The deontic triggers, condition words and section markers of {@code modality.yaml}, loaded once. */
public final class ModalityLexicon {

    /** Punctuation that decorates a marker ("**Never:**", "### ❌ Don't"); symbols and U+FE0F count too. */
    private static final String DECORATION = "*_`#>[]()!?.:;\"“”—–=~|";
    private static final boolean[] ASCII_GAPS = asciiGaps();
    private static final Pattern TRAILING_DO = Pattern.compile("\\s+do$");
    private static final Pattern HEADING_WORD_SEPARATOR = Pattern.compile("[ /&,-]+");
    private static final Pattern SUBJECT_WORD_SEPARATOR = Pattern.compile("[ /&,+|]+");
    /** "2", "3b", "iv": the numbering of a step or section, not its subject. */
    private static final Pattern NUMBERING = Pattern.compile("\\d+[a-z]?|[ivx]+");
    private static final Pattern LEADING_SUBJECT = Pattern.compile(
            "^(?:(?:what|things|stuff|actions|tasks|areas)\\s+)?(?:you|i|we|the agent|this agent|that|to)?\\s*");
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "(?:\\s+(?:the following|following|these|this|rules|things|items|list|ever|at all))+$");
    /** What a text {@link #TRAILING_FILLER} matches in ends with. */
    private static final List<String> FILLER_LAST_WORDS = List.of("following", "these", "this", "rules", "things",
            "items", "list", "ever", "all");

    private final PhraseTable<Modality> triggers = new PhraseTable<>();
    private final PhraseTable<Boolean> pseudoNegations = new PhraseTable<>();
    private final PhraseTable<Boolean> agentSubjects = new PhraseTable<>();
    private final PhraseTable<ConditionKind> conditionOpeners = new PhraseTable<>();
    private final PhraseTable<Boolean> conditionPhrases = new PhraseTable<>();
    private final Map<String, Modality> sectionMarkers = new java.util.HashMap<>();
    private final Set<String> negativeEmoji = new HashSet<>();
    private final Set<String> positiveEmoji = new HashSet<>();
    private final Set<String> illustrationHeadingWords = new HashSet<>();
    private final List<String> illustrationHeadingPhrases;
    private final Set<String> illustrationTags = new HashSet<>();
    private final Set<String> illustrationLabels = new HashSet<>();
    private final Set<String> genericHeadingWords = new HashSet<>();

    private static final class Holder {
        static final ModalityLexicon INSTANCE = new ModalityLexicon(LexiconResource.load("modality"));
    }

    public static ModalityLexicon get() {
        return Holder.INSTANCE;
    }

    private ModalityLexicon(LexiconResource data) {
        addTriggers(data, "prohibition", Modality.PROHIBITION);
        addTriggers(data, "discouragement", Modality.DISCOURAGEMENT);
        addTriggers(data, "obligation", Modality.OBLIGATION);
        addTriggers(data, "recommendation", Modality.RECOMMENDATION);
        addTriggers(data, "permission", Modality.PERMISSION);
        data.strings("pseudo-negation").forEach(p -> pseudoNegations.add(p, Boolean.TRUE));
        data.strings("agent-subjects").forEach(p -> agentSubjects.add(p, Boolean.TRUE));
        LexiconResource conditions = data.section("conditions");
        for (String kind : conditions.keys()) {
            ConditionKind conditionKind = ConditionKind.valueOf(kind.toUpperCase(Locale.ROOT));
            conditions.strings(kind).forEach(p -> conditionOpeners.add(p, conditionKind));
        }
        data.strings("condition-phrases").forEach(p -> conditionPhrases.add(p, Boolean.TRUE));
        LexiconResource markers = data.section("section-markers");
        for (String kind : markers.keys()) {
            Modality modality = Modality.valueOf(kind.toUpperCase(Locale.ROOT));
            markers.strings(kind).forEach(m -> sectionMarkers.put(m, modality));
        }
        LexiconResource emoji = data.section("emoji");
        negativeEmoji.addAll(emoji.strings("prohibition", true));
        positiveEmoji.addAll(emoji.strings("permission", true));
        LexiconResource illustration = data.section("illustration");
        illustrationHeadingWords.addAll(illustration.strings("heading-words"));
        illustrationHeadingPhrases = illustration.strings("heading-phrases");
        illustrationTags.addAll(illustration.strings("tags"));
        illustrationLabels.addAll(illustration.strings("labels"));
        genericHeadingWords.addAll(data.strings("generic-heading-words"));
    }

    private void addTriggers(LexiconResource data, String key, Modality modality) {
        data.strings(key).forEach(p -> triggers.add(p, modality));
    }

    PhraseTable.Match<Modality> trigger(List<Token> tokens, int at) {
        return triggers.match(tokens, at);
    }

    boolean pseudoNegation(List<Token> tokens, int at) {
        return pseudoNegations.match(tokens, at) != null;
    }

    PhraseTable.Match<Boolean> agentSubject(List<Token> tokens, int at) {
        return agentSubjects.match(tokens, at);
    }

    PhraseTable.Match<ConditionKind> conditionOpener(List<Token> tokens, int at) {
        return conditionOpeners.match(tokens, at);
    }

    PhraseTable.Match<Boolean> conditionPhrase(List<Token> tokens, int at) {
        return conditionPhrases.match(tokens, at);
    }

    public boolean isNegativeEmoji(String symbol) {
        return negativeEmoji.contains(symbol);
    }

    public boolean isPositiveEmoji(String symbol) {
        return positiveEmoji.contains(symbol);
    }

    /**
     * The modality a heading, column header, label or lead-in line gives the items under it ("What You CANNOT Do",
     * "Does NOT", "**Never:**"), or {@code null}. The whole text must be a marker once decoration, a leading "what
     * you" and trailing filler words are removed, so "Never skip the tests" is not a marker while "Never" is.
     */
    public Modality sectionModality(String text) {
        String normalised = normaliseMarker(text);
        if (normalised.isEmpty()) {
            String trimmed = text.strip();
            if (!trimmed.isEmpty()) {
                int first = trimmed.codePointAt(0);
                String symbol = new String(Character.toChars(first));
                if (isNegativeEmoji(symbol)) {
                    return Modality.PROHIBITION;
                }
                if (isPositiveEmoji(symbol)) {
                    return Modality.PERMISSION;
                }
            }
            return null;
        }
        Modality direct = sectionMarkers.get(normalised);
        if (direct != null) {
            return direct;
        }
        String stripped = strippedMarker(normalised);
        Modality marker = sectionMarkers.get(stripped);
        if (marker == null && stripped.endsWith(" do")) {
            marker = sectionMarkers.get(stripped.substring(0, stripped.length() - 3));
        }
        if (marker != null) {
            return marker;
        }
        String trimmed = text.strip();
        if (!trimmed.isEmpty()) {
            String symbol = new String(Character.toChars(trimmed.codePointAt(0)));
            if (isNegativeEmoji(symbol) && normalised.split(" ").length <= 2) {
                return Modality.PROHIBITION;
            }
        }
        return null;
    }

    /** A normalised marker without a leading "what you" and trailing filler words ("the following", "do"). */
    static String strippedMarker(String normalised) {
        String stripped = withoutTrailingFiller(withoutLeadingSubject(normalised));
        if (mayEndWith(stripped, "do")) {
            stripped = TRAILING_DO.matcher(stripped).replaceFirst("");
        }
        return stripped.strip();
    }

    private static String withoutLeadingSubject(String normalised) {
        Matcher subject = LEADING_SUBJECT.matcher(normalised);
        return subject.lookingAt() && subject.end() > 0 ? normalised.substring(subject.end()) : normalised;
    }

    /** The filler words a marker may end with are removed; a text that ends with none of them is left alone. */
    private static String withoutTrailingFiller(String text) {
        for (String last : FILLER_LAST_WORDS) {
            if (mayEndWith(text, last)) {
                return TRAILING_FILLER.matcher(text).replaceFirst("");
            }
        }
        return text;
    }

    /**
     * Whether a pattern that ends in {@code word$} may match: the text ends with the word, or with a character
     * outside ASCII, which may be a line end that {@code $} matches before (normalised text has no ASCII one).
     */
    private static boolean mayEndWith(String text, String word) {
        return text.endsWith(word) || !text.isEmpty() && text.charAt(text.length() - 1) >= 128;
    }

    /** The text in lower case, with ’ as ', and each run of decoration and white space as one space, stripped. */
    static String normaliseMarker(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isDecorationOrSpace(c)) {
                gap = true;
                continue;
            }
            if (gap) {
                plain.append(' ');
                gap = false;
            }
            plain.appendCodePoint(c == '’' ? '\'' : c);
        }
        return plain.toString().strip();
    }

    private static boolean isDecorationOrSpace(int c) {
        return c < ASCII_GAPS.length ? ASCII_GAPS[c] : isGap(c);
    }

    private static boolean isGap(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MODIFIER_SYMBOL || c == '\uFE0F'
                || DECORATION.indexOf(c) >= 0 || Ascii.isPatternSpace(c);
    }

    private static boolean[] asciiGaps() {
        boolean[] gaps = new boolean[128];
        for (int c = 0; c < gaps.length; c++) {
            gaps[c] = isGap(c);
        }
        return gaps;
    }

    /** Whether a heading introduces examples, templates or other illustrations rather than instructions. */
    public boolean illustrativeHeading(String heading) {
        String normalised = normaliseMarker(heading);
        for (String word : HEADING_WORD_SEPARATOR.split(normalised)) {
            if (illustrationHeadingWords.contains(word)) {
                return true;
            }
        }
        for (String phrase : illustrationHeadingPhrases) {
            if (normalised.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject a heading or label names, as its content words joined by spaces, or an empty string when it only
     * names a kind of section ("Rules", "Step 2: Workflow", "What You CANNOT Do").
     */
    public String subjectOf(String heading) {
        StringBuilder subject = new StringBuilder();
        for (String word : SUBJECT_WORD_SEPARATOR.split(normaliseMarker(heading))) {
            if (word.isEmpty() || genericHeadingWords.contains(word) || NUMBERING.matcher(word).matches()) {
                continue;
            }
            if (!subject.isEmpty()) {
                subject.append(' ');
            }
            subject.append(NounLexicon.singular(word));
        }
        return subject.toString();
    }

    public boolean illustrativeTag(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        return illustrationTags.contains(lower) || lower.contains("example");
    }

    public boolean illustrativeLabel(String label) {
        return illustrationLabels.contains(normaliseMarker(label));
    }
}
