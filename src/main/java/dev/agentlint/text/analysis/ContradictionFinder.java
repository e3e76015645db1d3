package dev.agentlint.text.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds pairs of a prohibition and an instruction on the same action and object in the same subject scope. Candidate
 * pairs come from an index keyed by action class and object (head noun, hypernym class or top-level folder), and
 * each prohibition is compared with at most {@value #NEAREST} nearest candidates per key within a {@link PairBudget},
 * so the work is linear in the number of statements.
 */
public final class ContradictionFinder {

    /** Candidates compared per prohibition and key, nearest in document order first. */
    static final int NEAREST = 8;

    /** How the two objects were found to be the same. */
    public enum Basis {
        /** The same head noun, the prohibition no narrower than the instruction ("tests" and "tests for new code"). */
        SAME_OBJECT,
        /** The same code span ({@code `any`}). */
        SAME_NAME,
        /** The instruction's path lies in the prohibition's. */
        PATH,
        /** Different words of one class ("comments" and "docstrings"). */
        SAME_CLASS
    }

    /**
     * A prohibition and an instruction that cannot both be followed.
     *
     * @param high whether both are unconditional, fully worded and about the very same object
     */
    public record Conflict(Statement prohibition, Statement instruction, Basis basis, boolean high) {

        /** The statement that comes later in the file, where the conflict is reported. */
        public Statement later() {
            return before(prohibition, instruction) ? instruction : prohibition;
        }

        public Statement earlier() {
            return later() == prohibition ? instruction : prohibition;
        }

        private static boolean before(Statement a, Statement b) {
            return a.unit().order() < b.unit().order()
                    || a.unit().order() == b.unit().order() && a.start() < b.start();
        }
    }

    private static final Set<String> BROAD_WRITES = Set.of("write", "touch");

    private final NounLexicon nouns = NounLexicon.get();

    private ContradictionFinder() {
    }

    /** The conflicts of a document, within a budget sized for it. */
    public static List<Conflict> find(DocumentAnalysis analysis) {
        List<Statement> directives = analysis.directives();
        int negatives = (int) directives.stream().filter(s -> s.modality().negative()).count();
        return find(analysis, PairBudget.forStatements(negatives));
    }

    /** The conflicts of a document; stops comparing when the budget is spent. */
    public static List<Conflict> find(DocumentAnalysis analysis, PairBudget budget) {
        return new ContradictionFinder().search(analysis.directives(), budget);
    }

    private List<Conflict> search(List<Statement> directives, PairBudget budget) {
        Map<String, List<Integer>> buckets = new HashMap<>();
        List<Set<String>> keys = new ArrayList<>(directives.size());
        for (int i = 0; i < directives.size(); i++) {
            Statement statement = directives.get(i);
            Set<String> statementKeys = statement.modality().positive() || statement.modality().negative()
                    ? keys(statement) : Set.of();
            keys.add(statementKeys);
            if (statement.modality().positive()) {
                for (String key : statementKeys) {
                    buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        Set<Integer> reportedInstructions = new HashSet<>();
        Set<String> reportedTexts = new HashSet<>();
        Map<Integer, String> normalisedTexts = new HashMap<>();
        for (int i = 0; i < directives.size() && !budget.exhausted(); i++) {
            Statement prohibition = directives.get(i);
            if (!prohibition.modality().negative()) {
                continue;
            }
            Set<Integer> compared = new HashSet<>();
            for (String key : keys.get(i)) {
                List<Integer> bucket = buckets.get(key);
                if (bucket == null) {
                    continue;
                }
                for (int candidate : nearest(bucket, i)) {
                    if (reportedInstructions.contains(candidate) || !compared.add(candidate)) {
                        continue;
                    }
                    if (!budget.take()) {
                        return conflicts;
                    }
                    Statement instruction = directives.get(candidate);
                    Conflict conflict = compare(prohibition, instruction);
                    if (conflict != null && reportedTexts.add(normalised(i, directives, normalisedTexts) + "\u0000"
                            + normalised(candidate, directives, normalisedTexts))) {
                        conflicts.add(conflict);
                        reportedInstructions.add(candidate);
                    } else if (conflict != null) {
                        reportedInstructions.add(candidate);
                    }
                }
            }
        }
        return conflicts;
    }

    /** Up to {@link #NEAREST} bucket entries closest to {@code index}, alternating before and after it. */
    private static List<Integer> nearest(List<Integer> bucket, int index) {
        int position = java.util.Collections.binarySearch(bucket, index);
        int after = position >= 0 ? position : -position - 1;
        int before = after - 1;
        List<Integer> result = new ArrayList<>(NEAREST);
        while (result.size() < NEAREST && (before >= 0 || after < bucket.size())) {
            if (after < bucket.size()) {
                result.add(bucket.get(after++));
            }
            if (before >= 0 && result.size() < NEAREST) {
                result.add(bucket.get(before--));
            }
        }
        return result;
    }

    /** Index keys: action group with each object head, hypernym class and top-level folder. */
    private Set<String> keys(Statement statement) {
        Set<String> keys = new LinkedHashSet<>();
        ObjectPhrase object = statement.object();
        if (object.pronoun()) {
            return keys;
        }
        for (Action action : statement.actions()) {
            String group = action.group();
            for (String head : object.heads()) {
                keys.add(group + "|h:" + head);
            }
            for (String hypernym : object.headClasses()) {
                keys.add(group + "|c:" + hypernym);
            }
            for (PathRef target : object.targets()) {
                keys.add(group + "|p:" + target.topSegment());
            }
        }
        return keys;
    }

    Conflict compare(Statement prohibition, Statement instruction) {
        if (!SubjectScope.compatible(prohibition.scope(), instruction.scope())) {
            return null;
        }
        // "Never modify files outside docs/" limits where, "only create files in docs/" too: both are scope rules
        // (write-scope-violation's business), and "don't search only one location" negates an exclusive.
        if (prohibition.object().outside() != null || prohibition.object().exclusive() || prohibition.exclusive()
                || instruction.exclusive() || instruction.object().exclusive()) {
            return null;
        }
        // A write prohibition on a path is a scope rule: write-scope-violation reports it, once.
        if (prohibition.writes() && !prohibition.object().targets().isEmpty()) {
            return null;
        }
        // "Never deploy without approval" and "deploy when approved" say the same thing.
        if (instruction.conditional() && prohibition.conditions().stream().anyMatch(Condition::exception)) {
            return null;
        }
        if (!actionsMeet(prohibition, instruction)) {
            return null;
        }
        Basis basis = objectsMeet(prohibition, instruction);
        if (basis == null) {
            return null;
        }
        if (prohibition.conditional() && instruction.conditional() && disjoint(prohibition, instruction)) {
            return null;
        }
        boolean high = prohibition.modality() == Modality.PROHIBITION
                && (instruction.modality() == Modality.OBLIGATION || instruction.modality() == Modality.IMPERATIVE)
                && !prohibition.conditional() && !instruction.conditional()
                && basis != Basis.SAME_CLASS;
        return new Conflict(prohibition, instruction, basis, high);
    }

    /**
     * The same action class, or a prohibition broad enough to cover every write ("never write", "never touch"):
     * "never overwrite an existing hook" does not forbid adding a new one.
     */
    private static boolean actionsMeet(Statement prohibition, Statement instruction) {
        for (Action forbidden : prohibition.actions()) {
            for (Action asked : instruction.actions()) {
                if (forbidden.actionClass().equals(asked.actionClass())
                        || BROAD_WRITES.contains(forbidden.lemma()) && forbidden.group().equals(asked.group())) {
                    return true;
                }
            }
        }
        return false;
    }

    private Basis objectsMeet(Statement prohibition, Statement instruction) {
        ObjectPhrase forbidden = prohibition.object();
        ObjectPhrase asked = instruction.object();
        if (forbidden.pronoun() || asked.pronoun()) {
            return null;
        }
        String actionClass = prohibition.actions().get(0).actionClass();
        Set<String> needed = new HashSet<>(forbidden.qualifiers());
        needed.removeIf(q -> nouns.impliedBy(actionClass, q));
        Set<String> offered = new HashSet<>(asked.qualifiers());
        offered.addAll(asked.heads());
        for (PathRef f : forbidden.targets()) {
            for (PathRef a : asked.targets()) {
                if (!f.bare() && !a.bare() && PathScope.contains(f.normalised(), a.normalised())
                        && offered.containsAll(withoutPaths(needed))) {
                    return Basis.PATH;
                }
            }
        }
        for (String head : forbidden.heads()) {
            if (!asked.heads().contains(head)) {
                continue;
            }
            boolean code = head.indexOf(' ') >= 0 || !head.matches("[a-z][a-z-]*");
            if (!offered.containsAll(needed)) {
                continue;
            }
            if (nouns.generic(head) && needed.isEmpty()) {
                continue;
            }
            return code ? Basis.SAME_NAME : Basis.SAME_OBJECT;
        }
        for (String hypernym : forbidden.headClasses()) {
            if (asked.headClasses().contains(hypernym) && forbidden.qualifiers().isEmpty()) {
                return Basis.SAME_CLASS;
            }
        }
        return null;
    }

    private static Set<String> withoutPaths(Set<String> words) {
        Set<String> result = new HashSet<>(words);
        result.removeIf(w -> w.indexOf('/') >= 0 || w.indexOf('.') >= 0);
        return result;
    }

    /** Conditions that share no content word are taken to be about different situations. */
    private static boolean disjoint(Statement a, Statement b) {
        Set<String> words = conditionWords(a);
        words.retainAll(conditionWords(b));
        return words.isEmpty();
    }

    private static Set<String> conditionWords(Statement statement) {
        Set<String> words = new HashSet<>();
        for (Condition condition : statement.conditions()) {
            for (String word : condition.text().toLowerCase(Locale.ROOT).split("[^a-z0-9_./-]+")) {
                if (word.length() > 3 && !NounLexicon.get().determiner(word)) {
                    words.add(NounLexicon.singular(word));
                }
            }
        }
        return words;
    }

    /** The statement's text as a comparison key: lower case, letters and digits only; computed once per statement. */
    private static String normalised(int index, List<Statement> directives, Map<Integer, String> cache) {
        return cache.computeIfAbsent(index, i -> {
            String text = directives.get(i).text();
            StringBuilder key = new StringBuilder(text.length());
            for (int k = 0; k < text.length(); k++) {
                char c = Character.toLowerCase(text.charAt(k));
                if (Character.isLetterOrDigit(c)) {
                    key.append(c);
                } else if (!key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
                    key.append(' ');
                }
            }
            return key.toString().strip();
        });
    }
}
