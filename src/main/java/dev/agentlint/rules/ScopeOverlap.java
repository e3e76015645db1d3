package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;
import dev.agentlint.model.Confidence;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.KeptValue;
import dev.agentlint.rule.ProjectRule;
import dev.agentlint.rules.overlap.AgentProfile;
import dev.agentlint.rules.overlap.KeptProfiles;
import dev.agentlint.rules.overlap.OverlapAnalysis;
import dev.agentlint.rules.overlap.OverlapPair;
import dev.agentlint.rules.overlap.ProfileBuilder;
import java.util.Locale;
import java.util.List;

/**
 * Two agents one runtime routes between whose responsibilities overlap, so that which one handles a request is a
 * coin toss. Each pair is reported once, on the later file in path order (on the earlier one when only it is being
 * checked), with the other agent as the related location and the shared evidence in the message.
 */
public final class ScopeOverlap implements ProjectRule {

    @Override
    public String id() {
        return "scope-overlap";
    }

    @Override
    public void prepare(AgentFile file) {
        ProfileBuilder.of(file);
    }

    @Override
    public List<KeptValue<?>> kept() {
        return List.of(KeptProfiles.PROFILE);
    }

    @Override
    public void check(Project project, ProjectReporter reporter) {
        if (project.checkedFiles().isEmpty() || project.files().size() < 2) {
            return;
        }
        OverlapAnalysis analysis = OverlapAnalysis.of(project);
        for (OverlapPair pair : analysis.pairs(AgentScopes::scope, true)) {
            AgentProfile here = pair.second();
            AgentProfile other = pair.first();
            if (!project.checked(here.file())) {
                if (!project.checked(other.file())) {
                    continue;
                }
                here = pair.first();
                other = pair.second();
            }
            report(pair, here, other, reporter);
        }
    }

    private static void report(OverlapPair pair, AgentProfile here, AgentProfile other, ProjectReporter reporter) {
        AgentFile file = here.file();
        String names = "agents \"" + here.name() + "\" and \"" + other.name() + "\" (" + other.file().path() + ")";
        String shared = String.join(", ", pair.shared());
        String message;
        if (pair.verdict() == OverlapPair.Verdict.NEAR_DUPLICATE) {
            message = names + " are near-duplicates (similarity " + format(pair.lexical()) + ", whole text "
                    + format(pair.body()) + "; shared: " + shared + "); the runtime picks either for the same "
                    + "request; remove one or merge them";
        } else {
            message = names + " both claim " + claim(pair) + " (score " + format(pair.score()) + "; shared: " + shared
                    + "); routing between them is ambiguous; narrow one description or add \"NOT for ... (use "
                    + other.name() + ")\"";
        }
        Issue issue = Issue.at(here.anchor(), message).related(other.file().path(), other.anchor(),
                "\"" + other.name() + "\" is described here");
        reporter.report(file, pair.verdict() == OverlapPair.Verdict.OVERLAP_MEDIUM
                ? issue.confidence(Confidence.MEDIUM) : issue);
    }

    /** What both agents claim, in words: "implement backend, api work with Python, FastAPI". */
    private static String claim(OverlapPair pair) {
        AgentProfile.Facets a = pair.first().effective();
        AgentProfile.Facets b = pair.second().effective();
        String actions = String.join("/", a.actions().stream().filter(b.actions()::contains).sorted().toList());
        String domains = String.join("/", a.domains().stream().filter(b.domains()::contains).sorted().toList());
        String techs = String.join(", ", a.technologies().stream().filter(b.technologies()::contains).sorted()
                .limit(3).toList());
        StringBuilder claim = new StringBuilder();
        claim.append(actions.isEmpty() ? "the same" : actions);
        if (!domains.isEmpty()) {
            claim.append(' ').append(domains);
        }
        claim.append(" work");
        if (!techs.isEmpty()) {
            claim.append(" with ").append(techs);
        }
        return claim.toString();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
