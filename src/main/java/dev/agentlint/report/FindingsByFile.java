package dev.agentlint.report;

import dev.agentlint.model.Finding;
import dev.agentlint.parallel.InOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Work done once per file with findings (reading it, hashing its lines), each file's on its own thread. */
final class FindingsByFile {

    private FindingsByFile() {
    }

    /**
     * One value per finding, in the findings' order: {@code work} is given the findings of one file, in their order,
     * with their positions in {@code findings}, and answers one value for each.
     */
    static <R> List<R> map(List<Finding> findings, BiFunction<List<Finding>, int[], List<R>> work) {
        List<int[]> files = positionsByFile(findings);
        List<List<R>> byFile = InOrder.map(files.size(), f -> {
            int[] positions = files.get(f);
            List<Finding> ofFile = new ArrayList<>(positions.length);
            for (int position : positions) {
                ofFile.add(findings.get(position));
            }
            return work.apply(ofFile, positions);
        });
        Object[] values = new Object[findings.size()];
        for (int f = 0; f < files.size(); f++) {
            int[] positions = files.get(f);
            for (int k = 0; k < positions.length; k++) {
                values[positions[k]] = byFile.get(f).get(k);
            }
        }
        @SuppressWarnings("unchecked")
        List<R> inOrder = (List<R>) Arrays.asList(values);
        return inOrder;
    }

    /** The positions of the findings of each file, in their order; files in the order they first appear. */
    private static List<int[]> positionsByFile(List<Finding> findings) {
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
}
