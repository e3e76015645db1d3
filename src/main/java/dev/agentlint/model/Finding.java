package dev.agentlint.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in one file, with its exact span and the other places it concerns.
 *
 * @param redacted whether the text the span covers is secret: outputs must never print it
 */
public record Finding(
        String ruleId,
        Severity severity,
        Confidence confidence,
        String message,
        String path,
        Span span,
        List<Related> related,
        boolean redacted) {

    /** By path, span, rule and message. */
    public static final Comparator<Finding> ORDER = Finding::inOrder;

    public Finding {
        related = List.copyOf(related);
    }

    public Finding(String ruleId, Severity severity, Confidence confidence, String message, String path, Span span,
            List<Related> related) {
        this(ruleId, severity, confidence, message, path, span, related, false);
    }

    /*
     * The order, equals and hashCode are written out because what the JDK would make of them (comparators built
     * from lambdas, a record's generated methods) is generated as classes at the first call of a run, which a
     * start-up class cache does not hold: milliseconds of every one-file run.
     */

    private static int inOrder(Finding a, Finding b) {
        // the findings of one file mostly share its path string, which compareTo would read to the end
        int byPath = a.path == b.path ? 0 : a.path.compareTo(b.path);
        if (byPath != 0) {
            return byPath;
        }
        int bySpan = a.span.compareTo(b.span);
        if (bySpan != 0) {
            return bySpan;
        }
        int byRule = a.ruleId.compareTo(b.ruleId);
        return byRule != 0 ? byRule : a.message.compareTo(b.message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Finding that && ruleId.equals(that.ruleId) && severity == that.severity
                && confidence == that.confidence && message.equals(that.message) && path.equals(that.path)
                && span.equals(that.span) && related.equals(that.related) && redacted == that.redacted;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, confidence, message, path, span, related, redacted);
    }
}
