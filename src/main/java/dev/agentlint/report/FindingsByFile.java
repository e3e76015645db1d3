package dev.agentlint.report;

import dev.agentlint.model.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings grouped by the file they are in, for work done once per file (reading it, hashing its lines). */
final class FindingsByFile {

    private FindingsByFile() {
    }

    /** The positions of the findings of each file, in their order; files in the order they first appear. */
    static List<int[]> of(List<Finding> findings) {
        Map<String, List<Integer>> byPath = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            byPath.computeIfAbsent(findings.get(i).path(), path -> new ArrayList<>()).add(i);
        }
        List<int[]> files = new ArrayList<>(byPath.size());
        for (List<Integer> positions : byPath.values()) {
            files.add(positions.stream().mapToInt(Integer::intValue).toArray());
        }
        return files;
    }

    /** The findings at {@code positions}. */
    static List<Finding> select(List<Finding> findings, int[] positions) {
        List<Finding> selected = new ArrayList<>(positions.length);
        for (int position : positions) {
            selected.add(findings.get(position));
        }
        return selected;
    }
}
