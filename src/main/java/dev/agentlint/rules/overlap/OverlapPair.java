package dev.agentlint.rules.overlap;

import java.util.List;

/**
 * Two agents of one routing pool and how much their responsibilities overlap.
 *
 * @param first the agent whose file comes first in path order
 * @param second the other agent
 * @param score the larger of the lexical and the facet similarity, rounded to two decimals
 * @param lexical TF-IDF cosine of the two profiles
 * @param facet the weighted overlap of actions, domains and technologies
 * @param body cosine of the whole texts, which tells copies apart from agents that merely overlap
 * @param verdict what the rule makes of the pair
 * @param shared the evidence both agents share: facets first, then profile words
 */
public record OverlapPair(AgentProfile first, AgentProfile second, double score, double lexical, double facet,
        double body, Verdict verdict, List<String> shared) {

    public OverlapPair {
        shared = List.copyOf(shared);
    }

    /** What the rule makes of a pair. */
    public enum Verdict {
        /** Copies of one agent under two names. */
        NEAR_DUPLICATE,
        /** Overlap with strong evidence: reported by default. */
        OVERLAP_HIGH,
        /** Overlap with weaker evidence: reported with --strict. */
        OVERLAP_MEDIUM,
        /** One agent sends this work to the other: routing is settled. */
        DEFERRED,
        /** Similar, but not enough to make routing ambiguous. */
        BELOW_THRESHOLD;

        public boolean reported() {
            return this == NEAR_DUPLICATE || this == OVERLAP_HIGH || this == OVERLAP_MEDIUM;
        }

        public String label() {
            return switch (this) {
                case NEAR_DUPLICATE -> "near-duplicate";
                case OVERLAP_HIGH -> "overlap";
                case OVERLAP_MEDIUM -> "overlap (medium)";
                case DEFERRED -> "deferred";
                case BELOW_THRESHOLD -> "-";
            };
        }
    }
}
