package dev.agentlint.text.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the clauses of a {@link Unit} as {@link Statement}s: splits at clause boundaries, finds the modal trigger
 * and its subject, a leading or trailing condition, the verbs and their object. Works on tokens only, in time linear
 * in the unit; no part of a clause is looked at more than a bounded number of times.
 */
final class StatementParser {

    /** Words that start a clause without changing it ("Then run the tests"). */
    private static final Set<String> FILLERS = Set.of("then", "also", "and", "so", "please", "finally", "first",
            "next", "lastly", "additionally", "now", "but", "or", "afterwards", "however", "otherwise", "thus",
            "therefore", "hence", "secondly", "thirdly", "furthermore", "moreover", "whereas", "just", "simply",
            "still", "again", "instead", "important", "note", "remember", "critical", "rule", "always-on");
    /** Words that end one clause and start the next ("..., but never ..."). */
    private static final Set<String> BOUNDARY_WORDS = Set.of("but", "however", "whereas", "otherwise");
    /** Words that end an object phrase. */
    private static final Set<String> OBJECT_STOPS = Set.of("not", "so", "because", "since", "instead", "rather", "but",
            "otherwise", "then", "whereas", "including", "especially", "like", "e.g", "i.e", "etc", "although",
            "though", "unless", "except", "without", "if", "when", "whenever", "before", "after", "until", "while",
            "once", "even", "and/or", "thereby", "ensuring", "making", "using", "leaving", "keeping", "following",
            "per", "such");
    private static final Set<String> PREPOSITIONS = Set.of("in", "into", "to", "under", "within", "inside",
            "outside", "at", "on", "onto", "from", "for", "with", "of", "about", "against", "across", "via",
            "through", "by", "over", "than", "as", "between", "beyond", "during", "around", "among", "toward",
            "towards", "upon", "that", "which", "who", "whose", "where", "throughout", "except");
    /** Prepositions after which a path is written to or acted on rather than read from. */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("in", "into", "to", "under", "within", "inside",
            "at", "of", "onto", "on");
    /** Words after a noun-like verb that show it is a verb ("Review the plan", "Check for ..."). */
    private static final Set<String> VERB_FOLLOWERS = Set.of("the", "a", "an", "all", "any", "each", "every", "your",
            "its", "their", "this", "these", "those", "that", "it", "them", "new", "existing", "no", "only", "for",
            "to", "with", "on", "in", "into", "up", "out", "at", "from", "against", "if", "whether", "before",
            "after", "when", "our", "my", "his", "her", "both", "other", "another", "some", "what", "how", "which",
            "whatever", "everything", "anything", "nothing", "yourself", "one", "they", "we", "you", "there");
    private static final Set<String> HEDGE_AFTER_AS = Set.of("needed", "possible", "appropriate", "required",
            "necessary", "applicable", "relevant", "requested", "instructed");
    /** Soft triggers that may take a noun instead of a verb ("Avoid `any`", "Prefer composition"): an implied use. */
    private static final Set<String> USE_IMPLYING = Set.of("avoid", "prefer", "try to avoid", "prefer not to");
    private static final int MAX_LEADING_CONDITION = 30;
    /** After "only", words that limit how rather than where: "only through the lead agent". */
    private static final Set<String> MEANS_PREPOSITIONS = Set.of("through", "via", "by", "with", "after", "when",
            "if", "once", "upon", "using", "from");
    private static final Set<String> NEGATING_QUANTIFIERS = Set.of("no", "zero", "none");
    private static final Set<String> NOT_ADVERBS = Set.of("assembly", "family", "anomaly", "supply", "monopoly",
            "readonly", "butterfly", "friendly", "weekly", "daily", "monthly", "nightly", "hourly", "yearly",
            "quarterly", "reply", "apply");
    /** The endings of a past participle ("reviewed", "written", "shown", "kept"). */
    private static final Pattern PARTICIPLE = Pattern.compile(".*(ed|en|wn|t)$");

    private final boolean modalityOnly;
    private final ModalityLexicon modal = ModalityLexicon.get();
    private final VerbLexicon verbs = VerbLexicon.get();
    private final NounLexicon nouns = NounLexicon.get();
    private final StringPool pool = new StringPool();

    /** A parser that reads every part of a clause. */
    StatementParser() {
        this(false);
    }

    private StatementParser(boolean modalityOnly) {
        this.modalityOnly = modalityOnly;
    }

    /**
     * A parser that reads a clause only as far as its modality and verbs: its statements have no object and no
     * trailing conditions or hedges, and their verbs are as written ("make changes" stays "make"). A clause's
     * modality never depends on those parts, so it is the modality a full parse gives, for about 60% of the work.
     */
    static StatementParser modalityOnly() {
        return new StatementParser(true);
    }

    /** A clause: a token range, and how it relates to the clause before it. */
    private record Clause(int from, int to, boolean carry, boolean contrast) {
    }

    List<Statement> parse(Unit unit) {
        String text = unit.region().text();
        List<Token> tokens = Tokenizer.tokenize(text, unit.start(), unit.end(), pool);
        unit.tokens(tokens);
        List<Statement> statements = new ArrayList<>();
        Statement previous = null;
        for (Clause clause : clauses(tokens, unit)) {
            Statement statement = parseClause(unit, tokens, clause, previous);
            if (statement != null) {
                statements.add(statement);
                previous = statement;
            } else {
                previous = null;
            }
        }
        return statements;
    }

    // ---------------------------------------------------------------- clause splitting

    private List<Clause> clauses(List<Token> tokens, Unit unit) {
        List<Clause> clauses = new ArrayList<>();
        int n = tokens.size();
        int start = 0;
        boolean carry = false;
        boolean contrast = false;
        boolean instructs = startsInstruction(tokens, 0, n, unit);
        boolean inCondition = startsWithCondition(tokens, 0);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            int cut = -1;
            int next = -1;
            boolean nextCarry = false;
            boolean nextContrast = false;
            if (t.kind() == Token.Kind.PUNCT && !t.text().equals(",")) {
                cut = i;
                next = i + 1;
            } else if (t.isWord() && BOUNDARY_WORDS.contains(t.lower()) && i > start) {
                cut = i;
                next = i;
            } else if (t.isPunct(",")) {
                if (inCondition) {
                    inCondition = false;
                    instructs = startsInstruction(tokens, i + 1, n, unit);
                    continue;
                }
                if (i + 1 < n) {
                    Token after = tokens.get(i + 1);
                    if (after.isWord("not") && i + 2 < n && !modal.pseudoNegation(tokens, i + 1)) {
                        cut = i;
                        next = i + 2;
                        nextContrast = true;
                    } else if (after.isWord() && (after.lower().equals("then") || BOUNDARY_WORDS.contains(after.lower()))) {
                        cut = i;
                        next = i + 1;
                    } else if (strongTrigger(tokens, i + 1)) {
                        cut = i;
                        next = i + 1;
                    } else if (instructs && verbAfterComma(tokens, i + 1)) {
                        cut = i;
                        next = i + 1;
                        nextCarry = true;
                    }
                }
            } else if ((t.isWord("and") || t.isWord("or")) && i > start && i + 1 < n) {
                if (strongTrigger(tokens, i + 1)) {
                    cut = i;
                    next = i + 1;
                } else if (instructs && !firstVerbAt(tokens, start, i - 1) && strictVerbStart(tokens, i + 1)) {
                    cut = i;
                    next = i + 1;
                    nextCarry = true;
                }
            }
            if (cut >= 0) {
                if (cut > start) {
                    clauses.add(new Clause(start, cut, carry, contrast));
                }
                start = next;
                carry = nextCarry;
                contrast = nextContrast;
                if (!nextCarry && !nextContrast) {
                    instructs = startsInstruction(tokens, start, n, unit);
                }
                inCondition = startsWithCondition(tokens, skipFillers(tokens, start, n));
                i = next - 1;
            }
        }
        if (start < n) {
            clauses.add(new Clause(start, n, carry, contrast));
        }
        return clauses;
    }

    private boolean startsWithCondition(List<Token> tokens, int at) {
        return at < tokens.size() && modal.conditionOpener(tokens, at) != null;
    }

    private boolean startsInstruction(List<Token> tokens, int from, int to, Unit unit) {
        int i = skipFillers(tokens, from, to);
        for (int p = i; p < Math.min(to, i + 6); p++) {
            if (!tokens.get(p).isWord()) {
                break;
            }
            if (modal.trigger(tokens, p) != null) {
                return true;
            }
        }
        return i < to && imperativeStart(tokens, i, to, unit.sectionModality() != null, false);
    }

    private boolean strongTrigger(List<Token> tokens, int at) {
        PhraseTable.Match<Modality> match = modal.trigger(tokens, at);
        return match != null && match.value() != Modality.PERMISSION && match.value() != Modality.RECOMMENDATION;
    }

    /** After a comma in an instruction: a base-form verb that is not one item of a list of nouns. */
    private boolean verbAfterComma(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        if (!t.isWord() || !verbs.isBaseForm(t.lower())) {
            return false;
        }
        if (at + 1 >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(at + 1);
        if (after.isPunct(",") || after.isWord("and") || after.isWord("or") || after.kind() == Token.Kind.PUNCT) {
            return false;
        }
        return !after.isWord() || verbs.lemma(after.lower()) == null || VERB_FOLLOWERS.contains(after.lower())
                || verbs.nounLike(after.lower());
    }

    private boolean strictVerbStart(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        if (!t.isWord() || !verbs.isBaseForm(t.lower())) {
            return false;
        }
        return at + 1 < tokens.size() && followsLikeVerb(tokens.get(at + 1));
    }

    /**
     * Whether the clause's first verb sits at {@code at}: then "and"/"or" right after it joins a second verb to it
     * ("Do not change or summarize X", "read and update X") instead of starting a new clause.
     */
    private boolean firstVerbAt(List<Token> tokens, int start, int at) {
        int p = skipFillers(tokens, start, at + 1);
        for (int q = p; q < Math.min(at + 1, p + 6); q++) {
            PhraseTable.Match<Modality> trigger = modal.trigger(tokens, q);
            if (trigger != null) {
                p = q + trigger.length();
                break;
            }
        }
        while (p < at && tokens.get(p).isWord() && verbs.adverb(tokens.get(p).lower())) {
            p++;
        }
        return p == at && tokens.get(at).isWord() && verbs.lemma(tokens.get(at).lower()) != null;
    }

    // ---------------------------------------------------------------- one clause

    private Statement parseClause(Unit unit, List<Token> tokens, Clause clause, Statement previous) {
        int to = clause.to();
        int i = clause.from();
        Modality marker = null;
        while (i < to && (tokens.get(i).kind() == Token.Kind.NEG_MARK || tokens.get(i).kind() == Token.Kind.POS_MARK)) {
            marker = tokens.get(i).kind() == Token.Kind.NEG_MARK ? Modality.PROHIBITION : Modality.PERMISSION;
            i++;
        }
        i = skipFillers(tokens, i, to);
        if (i >= to) {
            return null;
        }
        List<Condition> conditions = new ArrayList<>();
        boolean exclusive = false;
        PhraseTable.Match<ConditionKind> leading = modal.conditionOpener(tokens, i);
        if (leading != null && !tokens.get(i).isWord("where")) {
            int comma = find(tokens, ",", i + leading.length(), Math.min(to, i + leading.length() + MAX_LEADING_CONDITION));
            if (comma < 0) {
                return null;
            }
            conditions.add(new Condition(leading.value(), words(tokens, i + leading.length(), comma)));
            i = skipFillers(tokens, comma + 1, to);
            if (i >= to) {
                return null;
            }
        }
        if (tokens.get(i).isWord("only")) {
            exclusive = true;
            i++;
        }
        String forScope = null;
        if (i < to && tokens.get(i).isWord("for")) {
            int comma = find(tokens, ",", i + 1, Math.min(to, i + 8));
            if (comma > 0) {
                forScope = modal.subjectOf(words(tokens, i + 1, comma));
                i = skipFillers(tokens, comma + 1, to);
            }
        }
        if (i >= to) {
            return null;
        }

        // Subject and modal trigger.
        int triggerAt = -1;
        PhraseTable.Match<Modality> trigger = null;
        for (int p = i; p < Math.min(to, i + 6); p++) {
            Token tp = tokens.get(p);
            if (!(tp.isWord() || (tp.kind() == Token.Kind.CODE && p < i + 3))) {
                break;
            }
            if (modal.pseudoNegation(tokens, p)) {
                break;
            }
            trigger = modal.trigger(tokens, p);
            if (trigger != null) {
                triggerAt = p;
                break;
            }
            if (p == i && tp.isWord() && verbs.isBaseForm(tp.lower()) && !verbs.nounLike(tp.lower())) {
                break;
            }
        }
        String subject = triggerAt > i ? words(tokens, i, triggerAt).toLowerCase(java.util.Locale.ROOT) : "";
        boolean aboutAgent = triggerAt <= i || agentSubject(tokens, i, triggerAt);

        Modality modality;
        boolean explicit;
        int k;
        boolean impliedUse = false;
        boolean noVerb = false;
        if (trigger != null) {
            modality = trigger.value();
            explicit = true;
            k = triggerAt + trigger.length();
            impliedUse = USE_IMPLYING.contains(trigger.phrase());
        } else if (tokens.get(i).isWord("no") && i + 1 < to && !modal.pseudoNegation(tokens, i)
                && (tokens.get(i + 1).isWord() || tokens.get(i + 1).kind() == Token.Kind.CODE)) {
            modality = Modality.PROHIBITION;
            explicit = true;
            k = i + 1;
            noVerb = true;
        } else if (clause.contrast() && previous != null && previous.modality().positive() && previous.hasAction()) {
            modality = previous.modality().strong() ? Modality.PROHIBITION : Modality.DISCOURAGEMENT;
            explicit = previous.explicit();
            k = i;
        } else if (imperativeStart(tokens, i, to, unit.sectionModality() != null || clause.carry(), clause.carry())) {
            modality = Modality.IMPERATIVE;
            explicit = true;
            k = i;
        } else {
            modality = Modality.NONE;
            explicit = false;
            k = i;
        }
        boolean contrasted = clause.contrast() && previous != null && previous.modality().positive()
                && previous.hasAction();
        if (trigger == null && !noVerb && !contrasted) {
            if (marker != null) {
                modality = marker;
                explicit = true;
            } else if (clause.carry() && previous != null && previous.modality() != Modality.NONE) {
                modality = previous.modality();
                explicit = previous.explicit();
            } else if (unit.sectionModality() != null
                    && (modality == Modality.IMPERATIVE || unit.source() != Unit.Source.PARAGRAPH)) {
                modality = unit.sectionModality();
                explicit = false;
            }
        }

        // Verbs.
        List<Action> actions = new ArrayList<>();
        List<Token> passiveObject = null;
        if (clause.contrast() && previous != null && previous.modality().positive() && previous.hasAction()) {
            actions.addAll(previous.actions());
        } else if (!noVerb && k < to) {
            while (k < to && tokens.get(k).isWord() && verbs.adverb(tokens.get(k).lower())
                    && !tokens.get(k).isWord("be")) {
                exclusive |= tokens.get(k).isWord("only");
                k++;
            }
            if (k < to && (tokens.get(k).isWord("be") || tokens.get(k).isWord("been")) && triggerAt > i) {
                int participle = k + 1;
                while (participle < to && tokens.get(participle).isWord() && verbs.adverb(tokens.get(participle).lower())) {
                    participle++;
                }
                Action passive = participle < to ? action(tokens.get(participle)) : null;
                if (passive != null && PARTICIPLE.matcher(tokens.get(participle).lower()).matches()) {
                    actions.add(passive);
                    passiveObject = tokens.subList(i, triggerAt);
                    k = participle + 1;
                }
            } else if (k < to) {
                Action verb = modality == Modality.IMPERATIVE && trigger == null && !verbs.isBaseForm(tokens.get(k).lower())
                        ? null : action(tokens.get(k));
                if (verb != null) {
                    actions.add(verb);
                    k = coordinatedVerbs(tokens, k + 1, to, actions);
                } else if (impliedUse) {
                    Token at = tokens.get(k);
                    actions.add(new Action("", "use", "use", verbs.group("use"), at.start(), at.start()));
                }
            }
            while (k < to && tokens.get(k).isWord() && verbs.particle(tokens.get(k).lower())) {
                k++;
            }
        }

        // "Touch zero test files", "make no changes": an instruction whose object is nothing forbids it.
        if (modality.positive() && !actions.isEmpty() && k < to && tokens.get(k).isWord()
                && NEGATING_QUANTIFIERS.contains(tokens.get(k).lower())) {
            modality = Modality.PROHIBITION;
            k++;
        }

        // Object and trailing conditions. Only an action's object is ever read, so a clause without a verb ("No
        // tests.", "You are an expert") is given none: most clauses are such.
        ObjectPhrase object = ObjectPhrase.NONE;
        if (!modalityOnly) {
            int objectEnd = objectEnd(tokens, k, to);
            if (!actions.isEmpty()) {
                object = passiveObject != null ? object(passiveObject, 0, passiveObject.size(), actions)
                        : object(tokens, k, objectEnd, actions);
                exclusive |= object.exclusive();
                actions = resolveLightVerbs(actions, object);
            }
            trailingConditions(tokens, objectEnd, to, conditions);
            hedges(tokens, clause.from(), to, conditions);
        }

        int start = tokens.get(clause.from()).start();
        int end = tokens.get(to - 1).end();
        return new Statement(unit, start, end, modality, explicit, trigger == null ? "" : words(tokens, triggerAt,
                triggerAt + trigger.length()), actions, object, conditions, exclusive, subject, aboutAgent, forScope,
                java.util.Collections.unmodifiableList(tokens.subList(clause.from(), to)));
    }

    private boolean agentSubject(List<Token> tokens, int from, int to) {
        PhraseTable.Match<Boolean> match = modal.agentSubject(tokens, from);
        return match != null && from + match.length() == to;
    }

    /**
     * Whether the clause starts with an imperative verb. A verb that is also a noun ("Test coverage improvement")
     * needs a determiner, code or preposition after it, unless the section or the clause before already instructs.
     */
    private boolean imperativeStart(List<Token> tokens, int i, int to, boolean instructed, boolean carried) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return false;
        }
        String word = t.lower();
        if (word.contains("/")) {
            word = word.substring(0, word.indexOf('/'));
        }
        if (!verbs.isBaseForm(word)) {
            return false;
        }
        if (i + 1 < to && tokens.get(i + 1).isPunct(":")) {
            return false;
        }
        if (!verbs.nounLike(word)) {
            return true;
        }
        if (carried) {
            return true;
        }
        if (i + 1 >= to) {
            return instructed;
        }
        return followsLikeVerb(tokens.get(i + 1)) || instructed;
    }

    private boolean followsLikeVerb(Token next) {
        if (next.kind() == Token.Kind.CODE || next.kind() == Token.Kind.QUOTE || next.kind() == Token.Kind.URL) {
            return true;
        }
        return next.isWord() && (VERB_FOLLOWERS.contains(next.lower()) || PathExtractor.fromToken(next) != null);
    }

    private Action action(Token token) {
        if (!token.isWord()) {
            return null;
        }
        String word = token.lower();
        if (word.indexOf('/') > 0) {
            word = word.substring(0, word.indexOf('/'));
        }
        String lemma = verbs.lemma(word);
        if (lemma == null) {
            return null;
        }
        String actionClass = verbs.actionClass(lemma);
        if (actionClass == null) {
            return null;
        }
        return new Action(token.text(), lemma, actionClass, verbs.group(actionClass), token.start(), token.end());
    }

    /** "write or modify", "create, update and delete", "write/modify": further verbs joined to the first. */
    private int coordinatedVerbs(List<Token> tokens, int k, int to, List<Action> actions) {
        Token first = tokens.get(k - 1);
        if (first.lower().indexOf('/') > 0) {
            for (String part : first.lower().split("/")) {
                String lemma = verbs.lemma(part);
                if (lemma != null && verbs.actionClass(lemma) != null
                        && actions.stream().noneMatch(a -> a.lemma().equals(lemma))) {
                    String actionClass = verbs.actionClass(lemma);
                    actions.add(new Action(part, lemma, actionClass, verbs.group(actionClass), first.start(), first.end()));
                }
            }
        }
        while (k + 1 < to) {
            Token joiner = tokens.get(k);
            boolean joins = joiner.isPunct(",") || joiner.isWord("or") || joiner.isWord("and") || joiner.isWord("and/or")
                    || joiner.isWord("nor");
            if (!joins) {
                break;
            }
            int at = k + 1;
            if (tokens.get(at).isWord("or") || tokens.get(at).isWord("and")) {
                at++;
            }
            if (at >= to) {
                break;
            }
            Token candidate = tokens.get(at);
            Action next = candidate.isWord() && verbs.isBaseForm(candidate.lower()) ? action(candidate) : null;
            if (next == null || at + 1 >= to || !continuesAfterVerb(tokens.get(at + 1))) {
                break;
            }
            actions.add(next);
            k = at + 1;
        }
        return k;
    }

    /** After a coordinated verb comes its object or another verb, not the end of a noun list. */
    private boolean continuesAfterVerb(Token after) {
        if (!after.isWord()) {
            return after.kind() == Token.Kind.CODE || after.kind() == Token.Kind.QUOTE || after.isPunct(",");
        }
        return true;
    }

    private int objectEnd(List<Token> tokens, int k, int to) {
        for (int p = k; p < to; p++) {
            Token t = tokens.get(p);
            if (t.kind() == Token.Kind.PUNCT && !t.text().equals(",")) {
                return p;
            }
            if (!t.isWord()) {
                continue;
            }
            String w = t.lower();
            if (OBJECT_STOPS.contains(w) || (modal.conditionOpener(tokens, p) != null && !w.equals("where"))) {
                return p;
            }
            if (w.equals("to") && p + 1 < to && tokens.get(p + 1).isWord() && verbs.isBaseForm(tokens.get(p + 1).lower())
                    && !verbs.nounLike(tokens.get(p + 1).lower()) && PathExtractor.fromToken(tokens.get(p + 1)) == null
                    && !VERB_FOLLOWERS.contains(tokens.get(p + 1).lower())) {
                return p;
            }
            if (w.equals("in") && p + 2 < to && tokens.get(p + 1).isWord("order") && tokens.get(p + 2).isWord("to")) {
                return p;
            }
            if (w.equals("as") && p + 1 < to && tokens.get(p + 1).isWord() && HEDGE_AFTER_AS.contains(tokens.get(p + 1).lower())) {
                return p;
            }
            if (w.equals("for") && p + 1 < to && (tokens.get(p + 1).isWord("example") || tokens.get(p + 1).isWord("instance"))) {
                return p;
            }
        }
        return to;
    }

    private ObjectPhrase object(List<Token> tokens, int from, int to, List<Action> actions) {
        if (from >= to) {
            return ObjectPhrase.NONE;
        }
        List<String> heads = new ArrayList<>();
        Set<String> qualifiers = new LinkedHashSet<>();
        Set<String> headClasses = new LinkedHashSet<>();
        List<PathRef> paths = new ArrayList<>();
        List<PathRef> targets = new ArrayList<>();
        List<PathRef> outsidePaths = new ArrayList<>();
        StringBuilder outside = null;
        boolean exclusive = false;
        boolean means = false;
        String preposition = null;
        List<String> conjunct = new ArrayList<>();
        boolean pronounOnly = true;
        int contentWords = 0;
        for (int p = from; p < to; p++) {
            Token t = tokens.get(p);
            PathRef path = PathExtractor.fromToken(t);
            if (path != null) {
                paths.add(path);
                if (preposition == null || TARGET_PREPOSITIONS.contains(preposition)) {
                    targets.add(path);
                }
                if ("outside".equals(preposition) || "beyond".equals(preposition)) {
                    outsidePaths.add(path);
                }
            }
            if (t.isWord("of") && outside != null && outside.isEmpty()) {
                continue;
            }
            if (t.isWord() && PREPOSITIONS.contains(t.lower())) {
                if (preposition == null) {
                    addHead(conjunct, heads, qualifiers);
                }
                preposition = t.lower();
                if (preposition.equals("outside") || preposition.equals("beyond")) {
                    outside = new StringBuilder();
                }
                continue;
            }
            if (t.isWord("only")) {
                // "only files in docs/", "only in `src/`" limit the place; "only through the lead agent" the means
                Token next = p + 1 < to ? tokens.get(p + 1) : null;
                if (next != null && next.isWord() && MEANS_PREPOSITIONS.contains(next.lower())) {
                    means = true;
                } else {
                    exclusive = true;
                }
                continue;
            }
            if (outside != null && ("outside".equals(preposition) || "beyond".equals(preposition))) {
                if (!outside.isEmpty()) {
                    outside.append(' ');
                }
                outside.append(t.text());
            }
            String content = content(t);
            if (content == null) {
                if (preposition == null && (t.isPunct(",") || t.isWord("and") || t.isWord("or") || t.isWord("&")
                        || t.isWord("nor"))) {
                    addHead(conjunct, heads, qualifiers);
                }
                continue;
            }
            contentWords++;
            if (!nouns.pronoun(t.lower())) {
                pronounOnly = false;
            }
            if (preposition == null) {
                conjunct.add(content);
            } else {
                qualifiers.add(content);
            }
        }
        if (preposition == null) {
            addHead(conjunct, heads, qualifiers);
        }
        for (String head : heads) {
            headClasses.addAll(nouns.classes(head));
        }
        String actionClass = actions.isEmpty() ? "" : actions.get(0).actionClass();
        qualifiers.removeIf(q -> nouns.impliedBy(actionClass, q) || heads.contains(q));
        return new ObjectPhrase(words(tokens, from, to), heads, qualifiers, headClasses, paths, targets,
                outside == null ? null : outside.toString(), outsidePaths, exclusive, means,
                contentWords > 0 && pronounOnly);
    }

    /** Ends one coordinated part of the noun phrase: its last content word is a head, the others qualify it. */
    private void addHead(List<String> conjunct, List<String> heads, Set<String> qualifiers) {
        if (conjunct.isEmpty()) {
            return;
        }
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < conjunct.size(); i++) {
            String compound = nouns.compound(conjunct, i);
            if (compound != null) {
                joined.add(compound);
                i++;
            } else {
                joined.add(conjunct.get(i));
            }
        }
        heads.add(joined.get(joined.size() - 1));
        qualifiers.addAll(joined.subList(0, joined.size() - 1));
        conjunct.clear();
    }

    /** The comparison key of a content token: a singular lower-case word or a code span's text; else null. */
    private String content(Token t) {
        if (t.kind() == Token.Kind.CODE) {
            return t.lower().strip();
        }
        if (!t.isWord()) {
            return null;
        }
        String w = t.lower();
        if (nouns.determiner(w) || adverb(w) || number(w) || w.equals("not")
                || w.equals("and") || w.equals("or") || w.equals("nor") || w.equals("&")) {
            return null;
        }
        return NounLexicon.singular(w);
    }

    /** "3", "2.5", "90%": numbers carry no meaning for comparison. */
    private static boolean number(String word) {
        if (word.isEmpty() || !Character.isDigit(word.charAt(0))) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != '%') {
                return false;
            }
        }
        return true;
    }

    /** "1", "2.", "3)": list numbering written as a word. */
    private static boolean numbering(String word) {
        int end = word.endsWith(".") || word.endsWith(")") ? word.length() - 1 : word.length();
        if (end == 0) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "-ly" words are adverbs ("carefully"), except the nouns and verbs among them ("assembly", "reply"). */
    private static boolean adverb(String word) {
        return word.length() > 5 && word.endsWith("ly") && word.indexOf('-') < 0 && !NOT_ADVERBS.contains(word);
    }

    private void trailingConditions(List<Token> tokens, int from, int to, List<Condition> conditions) {
        for (int p = from; p < to; p++) {
            if (tokens.get(p).isWord("where")) {
                continue;
            }
            PhraseTable.Match<ConditionKind> opener = modal.conditionOpener(tokens, p);
            if (opener != null) {
                conditions.add(new Condition(opener.value(), words(tokens, p + opener.length(), to)));
                return;
            }
        }
    }

    private void hedges(List<Token> tokens, int from, int to, List<Condition> conditions) {
        for (int p = from; p < to; p++) {
            PhraseTable.Match<Boolean> hedge = modal.conditionPhrase(tokens, p);
            if (hedge != null) {
                conditions.add(new Condition(ConditionKind.HEDGE, hedge.phrase()));
                return;
            }
        }
    }

    /** "make changes" is a modify, "make assumptions" an assume: a light verb takes its object's meaning. */
    private List<Action> resolveLightVerbs(List<Action> actions, ObjectPhrase object) {
        if (actions.isEmpty() || object.heads().isEmpty()) {
            return actions;
        }
        List<Action> resolved = new ArrayList<>(actions.size());
        for (Action action : actions) {
            String nominal = verbs.lightVerb(action.lemma()) ? verbs.nominalization(object.heads().get(0)) : null;
            resolved.add(nominal == null ? action : new Action(action.written(), action.lemma(), nominal,
                    verbs.group(nominal), action.start(), action.end()));
        }
        return resolved;
    }

    private int skipFillers(List<Token> tokens, int i, int to) {
        while (i < to) {
            Token t = tokens.get(i);
            if (t.isWord() && FILLERS.contains(t.lower()) && !(t.isWord("first") && i + 1 < to
                    && tokens.get(i + 1).isPunct(","))) {
                i++;
            } else if (t.isWord() && (t.lower().equals("step") || numbering(t.lower()))) {
                i++;
            } else if (t.isPunct(",")) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int find(List<Token> tokens, String punct, int from, int to) {
        for (int p = from; p < to && p < tokens.size(); p++) {
            if (tokens.get(p).isPunct(punct)) {
                return p;
            }
        }
        return -1;
    }

    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int p = from; p < to && p < tokens.size(); p++) {
            Token t = tokens.get(p);
            if (t.kind() == Token.Kind.PUNCT) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(t.text());
        }
        return text.toString();
    }
}
