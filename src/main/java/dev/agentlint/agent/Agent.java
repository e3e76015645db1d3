package dev.agentlint.agent;

import dev.agentlint.model.Format;
import java.util.List;
import java.util.Optional;

/**
 * One agent in the common model every format maps to.
 *
 * @param name the agent's name (from front matter, or the file name where the format says so)
 * @param tools the tools granted; {@link ToolList#ABSENT} means every tool is inherited
 * @param deniedTools the tools taken away ({@code disallowedTools}, opencode {@code false} entries)
 * @param declaredDenied tools a non-standard map says to deny, which no runtime enforces
 */
public record Agent(
        Format format,
        Optional<Located> name,
        Optional<Located> description,
        Optional<Located> model,
        Optional<Located> color,
        Optional<Located> permissionMode,
        ToolList tools,
        ToolList deniedTools,
        ToolList declaredDenied,
        List<AgentReference> references) {

    public Agent {
        references = List.copyOf(references);
    }

    public String nameOr(String fallback) {
        return name.map(Located::value).orElse(fallback);
    }
}
