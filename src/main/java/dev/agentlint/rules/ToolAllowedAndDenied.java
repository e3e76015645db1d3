package dev.agentlint.rules;

import dev.agentlint.agent.Agent;
import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.ToolEntry;
import dev.agentlint.agent.ToolList;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;

/** A tool both granted and denied: the intent is unclear and the runtime silently resolves it one way. */
public final class ToolAllowedAndDenied implements FileRule {

    @Override
    public String id() {
        return "tool-allowed-and-denied";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        Agent agent = file.agent();
        ToolList denied = agent.deniedTools().present() ? agent.deniedTools() : agent.declaredDenied();
        for (ToolEntry deny : denied.entries()) {
            for (ToolEntry grant : agent.tools().entries()) {
                if (overlaps(grant, deny)) {
                    reporter.report(Issue.at(deny.span(), "tool \"" + deny.written() + "\" is both allowed and denied"
                            + consequence(file, denied)).related(file.path(), grant.span(),
                                    "\"" + grant.written() + "\" allowed here"));
                }
            }
        }
    }

    private static boolean overlaps(ToolEntry grant, ToolEntry deny) {
        if (!grant.name().equals(deny.name())) {
            return false;
        }
        return deny.specifier() == null || deny.specifier().equals(grant.specifier());
    }

    private static String consequence(AgentFile file, ToolList denied) {
        if (denied.shape() == ToolList.Shape.ALLOW_DENY_MAP) {
            return "; decide which one you mean";
        }
        return file.format().isClaude() ? "; Claude Code removes it, so drop it from one list" : "; keep it in one list";
    }
}
