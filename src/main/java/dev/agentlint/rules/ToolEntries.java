package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.ToolEntry;
import dev.agentlint.agent.ToolList;
import dev.agentlint.config.Glob;
import java.util.ArrayList;
import java.util.List;

/** The tool entries of a file that a runtime reads, minus the ones configuration declares known. */
final class ToolEntries {

    private ToolEntries() {
    }

    /** Granted and denied entries of lists the runtime honours, in file order. */
    static List<ToolEntry> checked(AgentFile file) {
        List<ToolEntry> entries = new ArrayList<>();
        addIfHonoured(file.agent().tools(), entries);
        addIfHonoured(file.agent().deniedTools(), entries);
        List<Glob> configured = file.config().knownTools().stream().map(Glob::of).toList();
        entries.removeIf(e -> configured.stream().anyMatch(g -> g.matches(e.name()) || g.matches(e.written())));
        return entries;
    }

    static boolean isDenied(AgentFile file, ToolEntry entry) {
        return file.agent().deniedTools().entries().contains(entry);
    }

    private static void addIfHonoured(ToolList list, List<ToolEntry> entries) {
        if (list.honoured()) {
            entries.addAll(list.entries());
        }
    }
}
