package dev.agentlint.rule;

import dev.agentlint.model.Severity;
import java.util.List;

/** A rule's documentation and defaults, read from {@code rules/<id>.yaml}. */
public record RuleMeta(
        String id,
        String summary,
        String description,
        Severity severity,
        List<String> tags,
        List<String> formats,
        String rationale,
        String badExample,
        String goodExample,
        String examplePath,
        String confidence,
        String precision,
        String securitySeverity) {

    public RuleMeta {
        tags = List.copyOf(tags);
        formats = List.copyOf(formats);
    }
}
