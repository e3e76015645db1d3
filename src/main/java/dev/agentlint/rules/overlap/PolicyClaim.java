package dev.agentlint.rules.overlap;

import dev.agentlint.model.Span;

/**
 * One rule an agent sets: a threshold on a metric, a tool for a slot, or a prohibition or requirement on a topic.
 *
 * @param kind what the claim is about: {@code metric}, {@code slot} or {@code topic}
 * @param key the metric, slot or topic id
 * @param value the threshold, the tool's name, or "forbids" / "requires"
 * @param span where the agent says it
 * @param text the words that say it, shortened for messages
 * @param prose whether it is said in prose rather than only shown in a code block
 */
public record PolicyClaim(String kind, String key, String value, Span span, String text, boolean prose) {
}
