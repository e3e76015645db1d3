package dev.agentlint.rules.overlap;

import dev.agentlint.agent.AgentFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The routing pools an agent belongs to: the sets of agents one runtime chooses between by their descriptions.
 * A runtime loads several directories together, so one file can be in several pools: VS Code loads
 * {@code .claude/agents} next to {@code .github/agents}, and Cursor loads {@code .claude/agents} next to
 * {@code .cursor/agents}. Plugins and loose collections fall back to the scope {@code duplicate-agent-name} uses (one
 * plugin's {@code agents/}, else one directory). Agents that no runtime picks by itself belong to no pool.
 */
public final class RoutingPools {

    private RoutingPools() {
    }

    public static List<String> of(AgentProfile profile, Function<AgentFile, String> fallbackScope) {
        List<String> pools = new ArrayList<>();
        if (!profile.autoSelectable()) {
            return pools;
        }
        AgentFile file = profile.file();
        String[] parts = file.path().split("/");
        for (int i = 0; i + 1 < parts.length - 1; i++) {
            String base = String.join("/", java.util.Arrays.copyOfRange(parts, 0, i));
            String dir = parts[i];
            String next = parts[i + 1];
            if (dir.equals(".claude") && next.equals("agents")) {
                pools.add("claude-code|" + base);
                pools.add("copilot|" + base);
                pools.add("cursor|" + base);
                return pools;
            }
            if (dir.equals(".github") && next.equals("agents")) {
                pools.add("copilot|" + base);
                return pools;
            }
            if (dir.equals(".cursor") && next.equals("agents")) {
                pools.add("cursor|" + base);
                return pools;
            }
            if (dir.equals(".opencode") && (next.equals("agent") || next.equals("agents"))) {
                pools.add("opencode|" + base);
                return pools;
            }
            if (dir.equals(".gemini") && next.equals("agents")) {
                pools.add("gemini-cli|" + base);
                return pools;
            }
        }
        pools.add("scope|" + fallbackScope.apply(file));
        return pools;
    }
}
