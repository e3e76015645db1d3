package dev.agentlint.rule;

/** Renders a rule's documentation page ({@code docs/rules/<id>.md}) from its metadata. */
public final class RuleDocs {

    private RuleDocs() {
    }

    public static String render(RuleMeta meta) {
        StringBuilder page = new StringBuilder();
        page.append("<!-- Generated from rules/").append(meta.id()).append(".yaml; edit that file, not this one. -->\n");
        page.append("# ").append(meta.id()).append("\n\n");
        page.append(capitalise(meta.summary())).append(".\n\n");
        page.append("| | |\n|---|---|\n");
        page.append("| Default severity | ").append(meta.severity().id()).append(" |\n");
        page.append("| Formats | ").append(String.join(", ", meta.formats())).append(" |\n");
        page.append("| Tags | ").append(String.join(", ", meta.tags())).append(" |\n");
        if (!meta.securitySeverity().isEmpty()) {
            page.append("| Security severity | ").append(meta.securitySeverity()).append(" |\n");
        }
        page.append("\n## What it reports\n\n").append(meta.description().strip()).append("\n\n");
        page.append("## Why\n\n").append(meta.rationale().strip()).append("\n\n");
        page.append("## Example\n\nLinted as `").append(meta.examplePath()).append("`.\n\n");
        page.append("Reported:\n\n```markdown\n").append(meta.badExample().strip()).append("\n```\n\n");
        page.append("Fixed:\n\n```markdown\n").append(meta.goodExample().strip()).append("\n```\n\n");
        page.append("## Turning it off\n\nIn `.agentlint.yaml`:\n\n```yaml\nrules:\n  ")
                .append(meta.id()).append(": off\n```\n");
        return page.toString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
