package dev.agentlint.text.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A subject declared read-only ("keep **read-only** unless explicitly allowed") and a statement about the same
 * subject that writes ("`mcp__postgres__query` for fixture seeding"). Only statements under the same subject
 * headings are compared, and a write word that is the object of a read verb ("`get_schema` to validate migrations")
 * or a read-only rule limited in time ("switch to read-only before large searches") is left alone. The pairs are
 * never certain enough for a default finding: the read-only rule usually has an exception, and the write is often
 * a fragment without a verb.
 */
public final class ReadOnlyConflicts {

    /** Words that write when a statement uses them: seeding a database, inserting rows. */
    private static final Set<String> WRITE_WORDS = Set.of("seed", "seeding", "seeds", "insert", "inserting", "inserts",
            "update", "updating", "updates", "delete", "deleting", "deletes", "drop", "dropping", "truncate",
            "truncating", "write", "writing", "writes", "mutate", "mutating", "upsert", "upserting");
    /** Verbs that make a following write word their object: "validate migrations", "check updates". */
    private static final Set<String> READ_VERBS = Set.of("validate", "validating", "check", "checking", "read",
            "reading", "inspect", "inspecting", "verify", "verifying", "review", "reviewing", "list", "listing",
            "show", "showing", "view", "viewing", "compare", "comparing", "monitor", "monitoring", "no");
    private static final Set<String> STATE_VERBS = Set.of("keep", "stay", "remain", "be", "operate", "work", "run");
    /** Statements compared per read-only rule; sections are short, and this keeps huge files linear. */
    private static final int MAX_PER_RULE = 64;

    /** A read-only rule and a write on the same subject. */
    public record Conflict(Statement readOnly, Unit write, int wordStart, int wordEnd) {
    }

    private ReadOnlyConflicts() {
    }

    public static List<Conflict> find(DocumentAnalysis analysis) {
        List<Conflict> conflicts = new ArrayList<>();
        List<Unit> units = analysis.units();
        for (Statement statement : analysis.statements()) {
            if (!declaresReadOnly(statement)) {
                continue;
            }
            int checked = 0;
            for (int i = Math.max(0, statement.unit().order() - MAX_PER_RULE / 2);
                    i < units.size() && checked < MAX_PER_RULE; i++, checked++) {
                Unit unit = units.get(i);
                if (unit == statement.unit() || unit.illustrative() || !unit.scope().equals(statement.scope())
                        || statement.scope().isEmpty()) {
                    continue;
                }
                Token word = writeWord(unit.tokens());
                Statement around = word == null ? null : analysis.statementAt(unit, word.start());
                if (word != null && (around == null || !around.modality().negative())) {
                    conflicts.add(new Conflict(statement, unit, word.start(), word.end()));
                }
            }
        }
        return conflicts;
    }

    /** "keep read-only", "stay read-only", "operate in read-only mode", not limited to a time. */
    private static boolean declaresReadOnly(Statement statement) {
        if (statement.illustrative() || !statement.aboutAgent() || statement.actions().isEmpty()
                || !STATE_VERBS.contains(statement.actions().get(0).lemma())) {
            return false;
        }
        // "keep read-only" makes the section's subject read-only; "keep reference decks read-only" only the decks
        List<Token> tokens = statement.tokens();
        int verb = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == statement.actions().get(0).start()) {
                verb = i;
                break;
            }
        }
        int next = verb + 1;
        while (next > 0 && next < tokens.size() && (tokens.get(next).isWord("in") || tokens.get(next).isWord("a")
                || tokens.get(next).isWord("strictly"))) {
            next++;
        }
        boolean readOnly = next > 0 && next < tokens.size()
                && (tokens.get(next).isWord("read-only") || tokens.get(next).isWord("readonly"));
        boolean temporal = statement.conditions().stream().anyMatch(c -> c.kind() == ConditionKind.TEMPORAL);
        return readOnly && !temporal;
    }

    private static Token writeWord(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (!token.isWord() || !WRITE_WORDS.contains(token.lower())) {
                continue;
            }
            boolean objectOfRead = false;
            for (int k = Math.max(0, i - 3); k < i; k++) {
                objectOfRead |= tokens.get(k).isWord() && READ_VERBS.contains(tokens.get(k).lower());
            }
            if (!objectOfRead) {
                return token;
            }
        }
        return null;
    }
}
