package dev.agentlint.model;

import java.util.Comparator;
import java.util.List;

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

    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::path)
            .thenComparing(Finding::span)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        related = List.copyOf(related);
    }

    public Finding(String ruleId, Severity severity, Confidence confidence, String message, String path, Span span,
            List<Related> related) {
        this(ruleId, severity, confidence, message, path, span, related, false);
    }
}
