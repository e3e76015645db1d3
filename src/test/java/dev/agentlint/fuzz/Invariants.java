package dev.agentlint.fuzz;

import dev.agentlint.model.Finding;
import dev.agentlint.model.Position;
import dev.agentlint.model.Related;
import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;
import java.util.List;

/** What must hold for any input: every position a finding names lies inside the file's text. */
final class Invariants {

    private Invariants() {
    }

    static void positionsInside(SourceText source, List<Finding> findings) {
        for (Finding finding : findings) {
            inside(source, finding.span(), finding);
            for (Related related : finding.related()) {
                if (related.path().equals(finding.path())) {
                    inside(source, related.span(), finding);
                }
            }
        }
    }

    private static void inside(SourceText source, Span span, Finding finding) {
        for (Position position : List.of(span.start(), span.end())) {
            if (position.line() > source.lineCount()
                    || position.column() > source.line(position.line()).length() + 1) {
                throw new AssertionError("position " + position + " is outside the file: " + finding);
            }
        }
    }
}
