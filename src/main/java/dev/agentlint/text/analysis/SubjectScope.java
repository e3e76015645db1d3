package dev.agentlint.text.analysis;

import java.util.List;

/**
 * Whether two statements are about the same subject. Scopes are paths of subjects (subject headings, a table row's
 * first cell, an item label); two statements can be compared only when one path is a prefix of the other, so a rule
 * under "## Frontend" and one under "## Backend", or the "Routes" and "Services" rows of a table, never meet.
 */
public final class SubjectScope {

    private SubjectScope() {
    }

    public static boolean compatible(List<String> a, List<String> b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
