package dev.agentlint.rule;

import dev.agentlint.model.Confidence;
import dev.agentlint.model.Related;
import dev.agentlint.model.Severity;
import dev.agentlint.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule reports: a span and a message, optionally a severity other than the rule's default, a confidence,
 * and other places the problem concerns.
 */
public record Issue(Span span, String message, Severity severity, Confidence confidence, List<Related> related,
        boolean redacted) {

    public Issue {
        related = List.copyOf(related);
    }

    public static Issue at(Span span, String message) {
        return new Issue(span, message, null, Confidence.HIGH, List.of(), false);
    }

    public Issue severity(Severity newSeverity) {
        return new Issue(span, message, newSeverity, confidence, related, redacted);
    }

    public Issue confidence(Confidence newConfidence) {
        return new Issue(span, message, severity, newConfidence, related, redacted);
    }

    /** Marks the span's text as secret, so no output prints it. */
    public Issue redact() {
        return new Issue(span, message, severity, confidence, related, true);
    }

    public Issue related(String path, Span relatedSpan, String relatedMessage) {
        List<Related> more = new ArrayList<>(related);
        more.add(new Related(path, relatedSpan, relatedMessage));
        return new Issue(span, message, severity, confidence, more, redacted);
    }
}
