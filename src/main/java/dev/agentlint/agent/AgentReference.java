package dev.agentlint.agent;

import dev.agentlint.model.Span;

/** A name of another agent that this agent hands work to, from front matter ({@code handoffs}, {@code Agent(x)}). */
public record AgentReference(String name, Span span, String via) {
}
