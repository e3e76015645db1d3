package dev.agentlint.rules.overlap;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.cache.EntryReader;
import dev.agentlint.cache.EntryWriter;
import dev.agentlint.rule.KeptValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How agent profiles and policies are written to the result cache and read back. Sets come back in sorted order:
 * those that were not sorted had no order anything relied on.
 */
public final class KeptProfiles {

    public static final KeptValue<AgentProfile> PROFILE = KeptValue.of(AgentProfile.class, KeptProfiles::write,
            KeptProfiles::readProfile);
    public static final KeptValue<PolicyExtractor.Policies> POLICIES = KeptValue.of(PolicyExtractor.Policies.class,
            KeptProfiles::write, (file, in) -> readPolicies(in));

    private KeptProfiles() {
    }

    /**
     * Sets and maps in sorted order: a profile's are immutable copies, whose order changes from one JVM to the next,
     * and an entry's bytes should not.
     */
    private static void write(AgentProfile profile, EntryWriter out) {
        out.writeString(profile.name());
        out.writeStrings(SortedStrings.of(profile.names()));
        out.writeBoolean(profile.autoSelectable());
        out.writeString(profile.why());
        profile.terms().write(out);
        profile.bodyTerms().write(out);
        write(profile.primary(), out);
        write(profile.effective(), out);
        out.writeStrings(SortedStrings.of(profile.deferrals()));
        out.writeSpan(profile.anchor());
        out.writeInt(profile.surfaces().size());
        new TreeMap<>(profile.surfaces()).forEach((key, surface) -> {
            out.writeString(key);
            out.writeString(surface);
        });
        out.writeStrings(SortedStrings.of(profile.identity()));
    }

    private static AgentProfile readProfile(AgentFile file, EntryReader in) {
        String name = in.readString();
        Set<String> names = sorted(in);
        boolean autoSelectable = in.readBoolean();
        String why = in.readString();
        TermCounts terms = TermCounts.read(in);
        TermCounts bodyTerms = TermCounts.read(in);
        AgentProfile.Facets primary = readFacets(in);
        AgentProfile.Facets effective = readFacets(in);
        Set<String> deferrals = sorted(in);
        var anchor = in.readSpan();
        int surfaceCount = in.readCount();
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (int i = 0; i < surfaceCount; i++) {
            surfaces.put(in.readString().intern(), in.readString().intern());
        }
        return new AgentProfile(file, name, names, autoSelectable, why, terms, bodyTerms, primary, effective,
                deferrals, anchor, Map.copyOf(surfaces), sorted(in));
    }

    private static void write(AgentProfile.Facets facets, EntryWriter out) {
        out.writeStrings(SortedStrings.of(facets.actions()));
        out.writeStrings(SortedStrings.of(facets.domains()));
        out.writeStrings(SortedStrings.of(facets.technologies()));
    }

    private static AgentProfile.Facets readFacets(EntryReader in) {
        return new AgentProfile.Facets(sorted(in), sorted(in), sorted(in));
    }

    private static Set<String> sorted(EntryReader in) {
        return SortedStrings.of(in.readStrings());
    }

    private static void write(PolicyExtractor.Policies policies, EntryWriter out) {
        writeClaims(policies.metrics(), out);
        writeClaims(policies.chosen(), out);
        out.writeInt(policies.mentioned().size());
        policies.mentioned().forEach((slot, tools) -> {
            out.writeString(slot);
            out.writeStrings(tools);
        });
        writeClaims(policies.topics(), out);
    }

    private static PolicyExtractor.Policies readPolicies(EntryReader in) {
        Map<String, List<PolicyClaim>> metrics = readClaims(in);
        Map<String, List<PolicyClaim>> chosen = readClaims(in);
        int mentionedCount = in.readCount();
        Map<String, Set<String>> mentioned = new LinkedHashMap<>();
        for (int i = 0; i < mentionedCount; i++) {
            mentioned.put(in.readString(), sorted(in));
        }
        return new PolicyExtractor.Policies(metrics, chosen, mentioned, readClaims(in));
    }

    private static void writeClaims(Map<String, List<PolicyClaim>> claims, EntryWriter out) {
        out.writeInt(claims.size());
        claims.forEach((key, list) -> {
            out.writeString(key);
            out.writeList(list, (o, claim) -> {
                o.writeString(claim.kind());
                o.writeString(claim.key());
                o.writeString(claim.value());
                o.writeSpan(claim.span());
                o.writeString(claim.text());
                o.writeBoolean(claim.prose());
            });
        });
    }

    private static Map<String, List<PolicyClaim>> readClaims(EntryReader in) {
        int count = in.readCount();
        Map<String, List<PolicyClaim>> claims = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            claims.put(in.readString(), List.copyOf(in.readList(r -> new PolicyClaim(r.readString(), r.readString(),
                    r.readString(), r.readSpan(), r.readString(), r.readBoolean()))));
        }
        return claims;
    }
}
