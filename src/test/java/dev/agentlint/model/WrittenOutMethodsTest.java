package dev.agentlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Finding and Span write out methods a record or {@code Comparator.comparing} would give them (see why in
 * Finding); on random values they must behave as those would.
 */
class WrittenOutMethodsTest {

    /** What a record of Span's components generates, for the hash that orders hash sets of spans. */
    private record Components(int startLine, int startColumn, int endLine, int endColumn) {
    }

    private static final Comparator<Finding> COMPOSED = Comparator.comparing(Finding::path)
            .thenComparing(Finding::span)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    @Test
    void spansAreEqualAndHashAsTheirGeneratedMethodsWould() {
        Random random = new Random(11);
        for (int round = 0; round < 5000; round++) {
            Span a = span(random);
            Span b = random.nextBoolean() ? a : span(random);
            Components ca = components(a);
            Components cb = components(b);
            assertEquals(ca.equals(cb), a.equals(b), () -> a + " and " + b);
            assertEquals(ca.hashCode(), a.hashCode(), a::toString);
        }
        assertNotEquals(Span.of(1, 1, 1, 2), "1:1-1:2");
    }

    @Test
    void findingsAreEqualWhenEveryComponentIsAndOrderAsTheComposedComparator() {
        Random random = new Random(12);
        for (int round = 0; round < 5000; round++) {
            Finding a = finding(random);
            Finding b = random.nextInt(4) == 0 ? copy(a) : finding(random);
            boolean same = a.ruleId().equals(b.ruleId()) && a.severity() == b.severity()
                    && a.confidence() == b.confidence() && a.message().equals(b.message())
                    && a.path().equals(b.path()) && a.span().equals(b.span()) && a.related().equals(b.related())
                    && a.redacted() == b.redacted();
            assertEquals(same, a.equals(b), () -> a + " and " + b);
            if (same) {
                assertEquals(a.hashCode(), b.hashCode());
            }
            assertEquals(Integer.signum(COMPOSED.compare(a, b)), Integer.signum(Finding.ORDER.compare(a, b)),
                    () -> a + " and " + b);
        }
    }

    private static Finding copy(Finding f) {
        return new Finding(f.ruleId(), f.severity(), f.confidence(), f.message(), f.path(), f.span(),
                List.copyOf(f.related()), f.redacted());
    }

    private static Finding finding(Random random) {
        List<Related> related = random.nextBoolean() ? List.of()
                : List.of(new Related(pick(random, "a.md", "b.md"), span(random), "also here"));
        return new Finding(pick(random, "unknown-tool", "scope-overlap"),
                Severity.values()[random.nextInt(Severity.values().length)],
                Confidence.values()[random.nextInt(Confidence.values().length)],
                pick(random, "unknown tool 'Bahs'", "overlaps with reviewer"),
                pick(random, ".claude/agents/a.md", ".claude/agents/b.md"), span(random), related,
                random.nextInt(8) == 0);
    }

    private static Span span(Random random) {
        int startLine = 1 + random.nextInt(3);
        int startColumn = 1 + random.nextInt(3);
        int endLine = startLine + random.nextInt(2);
        int endColumn = endLine == startLine ? startColumn + random.nextInt(3) : 1 + random.nextInt(3);
        return Span.of(startLine, startColumn, endLine, endColumn);
    }

    private static Components components(Span span) {
        return new Components(span.startLine(), span.startColumn(), span.endLine(), span.endColumn());
    }

    private static String pick(Random random, String first, String second) {
        return random.nextBoolean() ? first : second;
    }
}
