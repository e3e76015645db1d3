package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;
import dev.agentlint.model.Confidence;
import dev.agentlint.parallel.InOrder;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.KeptValue;
import dev.agentlint.rule.ProjectRule;
import dev.agentlint.rules.overlap.AgentProfile;
import dev.agentlint.rules.overlap.Dictionaries;
import dev.agentlint.rules.overlap.KeptProfiles;
import dev.agentlint.rules.overlap.OverlapAnalysis;
import dev.agentlint.rules.overlap.OverlapPair;
import dev.agentlint.rules.overlap.PolicyClaim;
import dev.agentlint.rules.overlap.PolicyExtractor;
import dev.agentlint.rules.overlap.ProfileBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Agents that do the same kind of work but set it different rules: different thresholds on one metric, different
 * tools for one slot, or a prohibition in one and a requirement in the other. Agents are compared when their
 * responsibilities overlap whether or not one runtime routes between them: a chat mode and a subagent that both
 * write the backend still write the same code. Reported once per pair and subject, on the later file.
 */
public final class ConflictingPolicies implements ProjectRule {

    /** Agents compared per subject at most: the pairs of a huge collection are bounded. */
    private static final int MAX_AGENTS_PER_KEY = 200;

    @Override
    public String id() {
        return "conflicting-policies";
    }

    @Override
    public void prepare(AgentFile file) {
        ProfileBuilder.of(file);
        PolicyExtractor.of(file);
    }

    @Override
    public List<KeptValue<?>> kept() {
        return List.of(KeptProfiles.PROFILE, KeptProfiles.POLICIES);
    }

    @Override
    public void check(Project project, ProjectReporter reporter) {
        if (project.checkedFiles().isEmpty() || project.files().size() < 2) {
            return;
        }
        OverlapAnalysis analysis = OverlapAnalysis.of(project);
        // every reported pair has a checked agent in it: if none of them states a policy, no other agent's matters
        if (analysis.profiles().stream().filter(profile -> project.checked(profile.file()))
                .allMatch(profile -> PolicyExtractor.of(profile.file()).empty())) {
            return;
        }
        List<AgentProfile> compared = comparable(analysis, project);
        InOrder.map(compared, profile -> PolicyExtractor.of(profile.file())); // read in parallel, used below
        Map<String, List<AgentProfile>> byKey = new TreeMap<>();
        for (AgentProfile profile : compared) {
            PolicyExtractor.Policies policies = PolicyExtractor.of(profile.file());
            policies.metrics().keySet().forEach(k -> byKey.computeIfAbsent("metric|" + k, x -> new ArrayList<>())
                    .add(profile));
            policies.chosen().keySet().forEach(k -> byKey.computeIfAbsent("slot|" + k, x -> new ArrayList<>())
                    .add(profile));
            policies.topics().keySet().forEach(k -> byKey.computeIfAbsent("topic|" + k, x -> new ArrayList<>())
                    .add(profile));
        }
        List<Map.Entry<String, List<AgentProfile>>> subjects = new ArrayList<>(byKey.entrySet());
        List<List<Found>> found = InOrder.map(subjects,
                subject -> conflicts(subject.getKey(), subject.getValue(), analysis, project));
        found.forEach(conflicts -> conflicts.forEach(
                f -> report(project, f.conflict(), f.first(), f.second(), f.pair(), reporter)));
    }

    /** The conflicts on one subject, between agents that do the same work, one of them checked. */
    private static List<Found> conflicts(String key, List<AgentProfile> agents, OverlapAnalysis analysis,
            Project project) {
        List<Found> found = new ArrayList<>();
        List<AgentProfile> bounded = agents.subList(0, Math.min(agents.size(), MAX_AGENTS_PER_KEY));
        for (int i = 0; i < bounded.size(); i++) {
            for (int j = i + 1; j < bounded.size(); j++) {
                AgentProfile first = bounded.get(i);
                AgentProfile second = bounded.get(j);
                if (!project.checked(first.file()) && !project.checked(second.file())) {
                    continue;
                }
                Conflict conflict = conflict(key, first, second);
                if (conflict == null) {
                    continue;
                }
                OverlapPair pair = analysis.compare(first.file(), second.file());
                if (OverlapAnalysis.sameWork(pair)) {
                    found.add(new Found(conflict, first, second, pair));
                }
            }
        }
        return found;
    }

    /**
     * The agents whose policies are compared. A conflict is reported only between a checked agent and one that does
     * the same work, so when only some agents are checked (a hook passing the changed ones) the others need their
     * policies read only if they do the same work as a checked one. Where a subject could have more agents than are
     * compared per subject, all are kept: which ones are compared must not depend on what is checked.
     */
    private static List<AgentProfile> comparable(OverlapAnalysis analysis, Project project) {
        List<AgentProfile> profiles = analysis.profiles();
        if (profiles.size() > MAX_AGENTS_PER_KEY) {
            return profiles;
        }
        List<AgentProfile> checked = profiles.stream().filter(p -> project.checked(p.file())).toList();
        return profiles.stream().filter(profile -> project.checked(profile.file()) || checked.stream().anyMatch(
                c -> OverlapAnalysis.sameWork(analysis.compare(c.file(), profile.file())))).toList();
    }

    /** A conflict between two agents that do the same work, as their pair scored. */
    private record Found(Conflict conflict, AgentProfile first, AgentProfile second, OverlapPair pair) {
    }

    /** Two claims on one subject that cannot both hold; {@code a} belongs to the first agent. */
    private record Conflict(String kind, String subject, PolicyClaim a, PolicyClaim b, boolean strong) {
    }

    private static Conflict conflict(String key, AgentProfile first, AgentProfile second) {
        PolicyExtractor.Policies pa = PolicyExtractor.of(first.file());
        PolicyExtractor.Policies pb = PolicyExtractor.of(second.file());
        String[] parts = key.split("\\|", 2);
        String id = parts[1];
        switch (parts[0]) {
            case "metric" -> {
                List<PolicyClaim> a = pa.metrics().get(id);
                List<PolicyClaim> b = pb.metrics().get(id);
                Set<String> va = values(a);
                Set<String> vb = values(b);
                if (va.size() != 1 || vb.size() != 1 || va.equals(vb)) {
                    return null;
                }
                return new Conflict("metric", metricName(id), a.get(0), b.get(0), true);
            }
            case "slot" -> {
                List<PolicyClaim> a = pa.chosen().get(id);
                List<PolicyClaim> b = pb.chosen().get(id);
                if (a.size() != 1 || b.size() != 1 || a.get(0).value().equals(b.get(0).value())
                        || pa.mentioned().getOrDefault(id, Set.of()).contains(b.get(0).value())
                        || pb.mentioned().getOrDefault(id, Set.of()).contains(a.get(0).value())
                        || specialist(first, a.get(0)) || specialist(second, b.get(0))) {
                    return null;
                }
                return new Conflict("slot", slotName(id), a.get(0), b.get(0), a.get(0).prose() && b.get(0).prose());
            }
            default -> {
                List<PolicyClaim> a = pa.topics().get(id);
                List<PolicyClaim> b = pb.topics().get(id);
                PolicyClaim forbidsA = find(a, "forbids");
                PolicyClaim requiresA = find(a, "requires");
                PolicyClaim forbidsB = find(b, "forbids");
                PolicyClaim requiresB = find(b, "requires");
                if (forbidsA != null && requiresA == null && requiresB != null && forbidsB == null) {
                    return new Conflict("topic", topicName(id), forbidsA, requiresB, false);
                }
                if (forbidsB != null && requiresB == null && requiresA != null && forbidsA == null) {
                    return new Conflict("topic", topicName(id), requiresA, forbidsB, false);
                }
                return null;
            }
        }
    }

    /**
     * A jest expert uses jest, a Django developer the Django ORM: a tool an agent is named after is its specialty,
     * not a policy it sets.
     */
    private static boolean specialist(AgentProfile agent, PolicyClaim claim) {
        String name = agent.name().toLowerCase(java.util.Locale.ROOT);
        String tool = claim.value().toLowerCase(java.util.Locale.ROOT);
        if (!tool.isBlank() && name.replaceAll("[^a-z0-9]+", "").contains(tool.replaceAll("[^a-z0-9]+", ""))) {
            return true;
        }
        List<String> nameWords = List.of(name.split("[^a-z0-9]+"));
        return java.util.Arrays.stream(tool.split("[^a-z0-9]+")).anyMatch(w -> w.length() >= 4 && nameWords.contains(w));
    }

    /**
     * Reports a conflict, certain only when the agents certainly do the same work (a shared facet alone also
     * pairs a dependency manager with a platform expert that happens to run npm).
     */
    private static void report(Project project, Conflict conflict, AgentProfile first, AgentProfile second,
            OverlapPair pair, ProjectReporter reporter) {
        boolean onSecond = project.checked(second.file());
        AgentProfile here = onSecond ? second : first;
        AgentProfile other = onSecond ? first : second;
        PolicyClaim mine = onSecond ? conflict.b() : conflict.a();
        PolicyClaim theirs = onSecond ? conflict.a() : conflict.b();
        String otherName = "\"" + other.name() + "\" (" + other.file().path() + ")";
        String message = switch (conflict.kind()) {
            case "metric" -> "this sets " + conflict.subject() + " to " + mine.value() + unit(mine.key())
                    + " while " + otherName + " requires " + theirs.value() + unit(mine.key())
                    + "; both agents do the same work; agree on one threshold";
            case "slot" -> "this uses " + mine.value() + " as the " + conflict.subject() + " while " + otherName
                    + " uses " + theirs.value() + "; code both agents work on gets two tools for one job; pick one";
            default -> "this " + mine.value() + " " + conflict.subject() + " while " + otherName + " "
                    + theirs.value() + " them (" + quote(theirs.text()) + "); both agents do the same work; "
                    + "say which rule wins";
        };
        Issue issue = Issue.at(mine.span(), message).related(other.file().path(), theirs.span(),
                "\"" + other.name() + "\": " + quote(theirs.text()));
        boolean certain = conflict.strong() && OverlapAnalysis.certainlySameWork(pair);
        reporter.report(here.file(), certain ? issue : issue.confidence(Confidence.MEDIUM));
    }

    private static Set<String> values(List<PolicyClaim> claims) {
        Set<String> values = new HashSet<>();
        claims.forEach(c -> values.add(c.value()));
        return values;
    }

    private static PolicyClaim find(List<PolicyClaim> claims, String value) {
        return claims.stream().filter(c -> c.value().equals(value)).findFirst().orElse(null);
    }

    private static String unit(String metric) {
        return Dictionaries.get().metrics().stream().filter(m -> m.id().equals(metric)).findFirst()
                .map(m -> m.unit().equals("%") ? "%" : m.unit().isEmpty() ? "" : " " + m.unit()).orElse("");
    }

    private static String metricName(String id) {
        return Dictionaries.get().metrics().stream().filter(m -> m.id().equals(id)).findFirst()
                .map(Dictionaries.Metric::name).orElse(id);
    }

    private static String slotName(String id) {
        return Dictionaries.get().slots().stream().filter(s -> s.id().equals(id)).findFirst()
                .map(Dictionaries.Slot::name).orElse(id);
    }

    private static String topicName(String id) {
        return Dictionaries.get().topics().stream().filter(t -> t.id().equals(id)).findFirst()
                .map(Dictionaries.Topic::name).orElse(id);
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

}
