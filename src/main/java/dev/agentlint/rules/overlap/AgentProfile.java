package dev.agentlint.rules.overlap;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an agent says it is for, as routing sees it: its name, its description (with {@code <example>} blocks reduced
 * to their user requests), its "when to use" section and its role sentence, plus the action, domain and technology
 * facets its text names outside prohibitions and "NOT for" lines.
 *
 * @param file the agent file
 * @param name the agent's name, or its file name without extension
 * @param names the keys other agents may use to name it (lower case, {@code _} as {@code -})
 * @param autoSelectable whether a runtime may pick it on its own; {@code why} says why not
 * @param why why the agent cannot be picked automatically, or an empty string
 * @param terms the comparison keys of the profile text and how often each occurs
 * @param bodyTerms the comparison keys of the whole body and description, for telling copies apart
 * @param primary the facets named by the name, description, "when to use" section and role sentence
 * @param effective the facets compared: the primary ones plus those the rest of the body names in at least two
 *     places (actions from the body only when the primary text names none)
 * @param deferrals the agents this one sends work to ("NOT for reviews (use code-reviewer)"), as name keys
 * @param anchor where a finding about the agent points: its description, else its name
 * @param surfaces a word as written for each comparison key of the profile, for messages
 * @param identity the technologies the agent is defined by: those its name, the first sentence of its
 *     description or its role sentence names ("a FastAPI developer")
 */
public record AgentProfile(AgentFile file, String name, Set<String> names, boolean autoSelectable, String why,
        TermCounts terms, TermCounts bodyTerms, Facets primary, Facets effective,
        Set<String> deferrals, Span anchor, Map<String, String> surfaces,
        Set<String> identity) {

    /** Facet sets by kind. */
    public record Facets(Set<String> actions, Set<String> domains, Set<String> technologies) {

        public boolean empty() {
            return actions.isEmpty() && domains.isEmpty() && technologies.isEmpty();
        }
    }

    /** Profile words that say most about the agent, for messages: name words first. */
    public List<String> nameWords() {
        return Words.keys(name.replace('-', ' ').replace('_', ' '));
    }
}
