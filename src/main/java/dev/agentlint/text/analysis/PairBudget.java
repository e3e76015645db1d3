package dev.agentlint.text.analysis;

/**
 * A bound on the statement pairs a rule compares, so that the work stays linear in the size of a file: a file of a
 * million contradictory sentences costs a few comparisons per sentence, not a million squared. The budget is
 * {@value #PER_STATEMENT} comparisons per statement that starts a search, plus a small constant, and never more
 * than {@value #HARD_CAP} in all.
 */
public final class PairBudget {

    public static final int PER_STATEMENT = 16;
    public static final long HARD_CAP = 4_000_000L;
    private static final int BASE = 64;

    private final long cap;
    private long used;

    private PairBudget(long cap) {
        this.cap = cap;
    }

    /** A budget for a search that starts from {@code statements} statements. */
    public static PairBudget forStatements(int statements) {
        return new PairBudget(Math.min(HARD_CAP, (long) statements * PER_STATEMENT + BASE));
    }

    /** Takes one comparison from the budget; false when it is spent. */
    public boolean take() {
        if (used >= cap) {
            return false;
        }
        used++;
        return true;
    }

    public long used() {
        return used;
    }

    public long cap() {
        return cap;
    }

    public boolean exhausted() {
        return used >= cap;
    }
}
