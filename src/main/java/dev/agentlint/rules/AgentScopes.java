package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Located;
import dev.agentlint.model.Span;
import java.util.Set;

/** Which agents one runtime sees together, and where an agent's name is written. */
final class AgentScopes {

    private static final Set<String> AGENT_DIRECTORIES = Set.of("agents", "agent", "chatmodes", "modes", "mode");

    private AgentScopes() {
    }

    /**
     * The agents a runtime loads together: those of one platform under one agents directory ({@code .claude/agents},
     * a plugin's {@code agents}, {@code .github/agents} with {@code .github/chatmodes}), else those in one directory.
     */
    static String scope(AgentFile file) {
        String path = file.path();
        String[] parts = path.split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (AGENT_DIRECTORIES.contains(parts[i])) {
                return file.format().platform() + "|" + String.join("/", java.util.Arrays.copyOfRange(parts, 0, i));
            }
        }
        int slash = path.lastIndexOf('/');
        return file.format().platform() + "|" + (slash < 0 ? "" : path.substring(0, slash));
    }

    /** Where the agent's name is written, or the opening fence when the name comes from the file name. */
    static Span nameSpan(AgentFile file) {
        Span written = file.agent().name().map(Located::span).orElse(null);
        if (written != null) {
            return written;
        }
        return file.frontMatter().openingFence() != null ? file.frontMatter().openingFence() : Span.point(1, 1);
    }
}
