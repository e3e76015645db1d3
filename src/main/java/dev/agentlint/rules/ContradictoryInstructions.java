package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.model.Confidence;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.text.analysis.ContradictionFinder;
import dev.agentlint.text.analysis.DocumentAnalysis;
import dev.agentlint.text.analysis.Excerpt;
import dev.agentlint.text.analysis.ReadOnlyConflicts;
import dev.agentlint.text.analysis.Statement;
import java.util.Set;

/**
 * A prohibition and an instruction on the same action and object in the same scope: the model silently follows one
 * of them. Reported at the later statement, with the earlier one as the related location. A subject kept read-only
 * and written in the same section is reported too, at medium confidence.
 */
public final class ContradictoryInstructions implements FileRule {

    @Override
    public String id() {
        return "contradictory-instructions";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        DocumentAnalysis analysis = DocumentAnalysis.of(file);
        for (ContradictionFinder.Conflict conflict : ContradictionFinder.find(analysis)) {
            Statement later = conflict.later();
            Statement earlier = conflict.earlier();
            boolean laterForbids = later == conflict.prohibition();
            String message = (laterForbids ? "this forbids what line " + earlier.line() + " asks for: "
                    : "this asks for what line " + earlier.line() + " forbids: ")
                    + Excerpt.quoted(earlier.text()) + " and " + Excerpt.quoted(later.text())
                    + " cannot both be followed" + qualifier(conflict);
            Issue issue = Issue.at(later.span(), message).related(file.path(), earlier.span(),
                    (laterForbids ? "the instruction" : "the prohibition") + " on line " + earlier.line());
            reporter.report(conflict.high() ? issue : issue.confidence(Confidence.MEDIUM));
        }
        for (ReadOnlyConflicts.Conflict conflict : ReadOnlyConflicts.find(analysis)) {
            Statement readOnly = conflict.readOnly();
            String word = conflict.write().region().text().substring(conflict.wordStart(), conflict.wordEnd());
            reporter.report(Issue.at(conflict.write().region().span(conflict.wordStart(), conflict.wordEnd()),
                    "this writes (\"" + word + "\") although line " + readOnly.line() + " keeps the same subject "
                            + "read-only: " + Excerpt.quoted(readOnly.text()) + "; say when writing is allowed")
                    .related(file.path(), readOnly.span(), "the read-only rule on line " + readOnly.line())
                    .confidence(Confidence.MEDIUM));
        }
    }

    private static String qualifier(ContradictionFinder.Conflict conflict) {
        if (conflict.basis() == ContradictionFinder.Basis.SAME_CLASS) {
            // the first class both share by name: a set of classes has no order of its own that runs agree on
            Set<String> asked = conflict.instruction().object().headClasses();
            String shared = conflict.prohibition().object().headClasses().stream().filter(asked::contains).sorted()
                    .findFirst().orElseThrow();
            return " (both are about " + shared + "s)";
        }
        if (conflict.prohibition().conditional() || conflict.instruction().conditional()) {
            return " in every case; say which one wins when the condition holds";
        }
        return "; remove one or say which one wins";
    }
}
