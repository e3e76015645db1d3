package dev.agentlint.rules.overlap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.agentlint.cache.EntryWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A profile's sets are immutable copies whose order differs from one JVM to the next; its cache entry is the same
 * bytes whatever that order, so two runs over the same files write the same cache.
 */
class KeptProfilesTest {

    private static final List<String> WORDS = List.of("review", "python", "security", "tests", "api", "docs");

    @Test
    void anEntryDoesNotDependOnTheOrderOfTheProfilesSets() {
        assertArrayEquals(entry(profile(WORDS)), entry(profile(reversed(WORDS))));
    }

    private static byte[] entry(AgentProfile profile) {
        EntryWriter out = new EntryWriter();
        KeptProfiles.PROFILE.write(profile, out);
        return out.toByteArray();
    }

    private static AgentProfile profile(List<String> words) {
        Set<String> set = new LinkedHashSet<>(words);
        Map<String, String> surfaces = new LinkedHashMap<>();
        words.forEach(word -> surfaces.put(word, word + " work"));
        AgentProfile.Facets facets = new AgentProfile.Facets(set, set, set);
        TermCounts terms = TermCounts.of(WORDS);
        return new AgentProfile(null, "reviewer", set, true, "reviews code", terms, terms, facets, facets, set, null,
                surfaces, set);
    }

    private static List<String> reversed(List<String> words) {
        List<String> copy = new ArrayList<>(words);
        Collections.reverse(copy);
        return copy;
    }
}
