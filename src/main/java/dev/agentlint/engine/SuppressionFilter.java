package dev.agentlint.engine;

import dev.agentlint.model.Finding;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rules.UnusedSuppression;
import dev.agentlint.text.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Applies a file's suppression comments to its findings and reports the comments that suppress nothing. */
final class SuppressionFilter {

    private final Set<String> ruleIds;

    SuppressionFilter(Set<String> ruleIds) {
        this.ruleIds = ruleIds;
    }

    /**
     * Moves suppressed findings from {@code findings} to {@code suppressed}; reports unused suppressions.
     *
     * @param ruleOff whether configuration turns a rule off for this file (its suppressions are then not unused)
     */
    void apply(List<Suppression> suppressions, List<Finding> findings, List<SuppressedFinding> suppressed,
            Reporter unused, Predicate<String> ruleOff) {
        if (suppressions.isEmpty()) {
            return;
        }
        List<Set<String>> used = new ArrayList<>();
        suppressions.forEach(s -> used.add(new HashSet<>()));
        findings.removeIf(finding -> {
            for (int i = 0; i < suppressions.size(); i++) {
                Suppression suppression = suppressions.get(i);
                if (suppression.covers(finding.ruleId(), finding.span().startLine())) {
                    used.get(i).add(finding.ruleId());
                    suppressed.add(new SuppressedFinding(finding, suppression.justification()));
                    return true;
                }
            }
            return false;
        });
        for (int i = 0; i < suppressions.size(); i++) {
            reportUnused(suppressions.get(i), used.get(i), unused, ruleOff);
        }
    }

    private void reportUnused(Suppression suppression, Set<String> used, Reporter unused, Predicate<String> ruleOff) {
        String keyword = suppression.kind().keyword;
        if (suppression.rules().isEmpty()) {
            if (used.isEmpty()) {
                unused.report(suppression.span(), keyword + " suppresses no finding; remove it");
            }
            return;
        }
        for (String rule : suppression.rules()) {
            if (!ruleIds.contains(rule)) {
                unused.report(suppression.span(), keyword + " names unknown rule \"" + rule + "\""
                        + Suggestions.didYouMean(rule, ruleIds));
            } else if (!used.contains(rule) && !ruleOff.test(rule) && !rule.equals(UnusedSuppression.ID)) {
                unused.report(suppression.span(), keyword + " of \"" + rule + "\" suppresses no finding; remove it");
            }
        }
    }
}
