package dev.agentlint.parse;

import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;

/**
 * Where a file's front matter and body are. Lines are 1-based lines of the file; the YAML text runs from
 * {@code yamlFirstLine} up to the closing fence and the Markdown body from {@code bodyFirstLine} to the end.
 */
public record FrontMatter(
        Status status,
        Span openingFence,
        Span closingFence,
        int yamlFirstLine,
        int bodyFirstLine,
        int misplacedFenceLine) {

    public enum Status {
        /** Fenced front matter on the first line, closed by {@code ---} or {@code ...}. */
        PRESENT,
        /** No front matter at all. */
        ABSENT,
        /** An opening fence with no closing fence. */
        UNTERMINATED
    }

    public boolean present() {
        return status == Status.PRESENT;
    }

    /** Splits a file into front matter and body; never fails. */
    public static FrontMatter split(SourceText source) {
        int lines = source.lineCount();
        if (!isFence(source.line(1), false)) {
            return absent(source);
        }
        for (int line = 2; line <= lines; line++) {
            if (isFence(source.line(line), true)) {
                return new FrontMatter(Status.PRESENT, source.lineSpan(1), source.lineSpan(line), 2,
                        Math.min(line + 1, lines), 0);
            }
        }
        return new FrontMatter(Status.UNTERMINATED, source.lineSpan(1), null, 2, Math.min(2, lines), 0);
    }

    private static FrontMatter absent(SourceText source) {
        int misplaced = 0;
        for (int line = 1; line <= source.lineCount() && line <= 50; line++) {
            String text = source.line(line);
            if (isFence(text, false)) {
                misplaced = line;
                break;
            }
            if (!text.isBlank()) {
                break;
            }
        }
        return new FrontMatter(Status.ABSENT, null, null, 1, 1, misplaced);
    }

    /** The YAML text between the fences; empty without front matter or a closing fence. */
    public String yaml(SourceText source) {
        return status == Status.PRESENT
                ? source.text().substring(source.lineStart(yamlFirstLine), source.lineStart(closingFence.startLine()))
                : "";
    }

    /** The Markdown body's text: everything after the front matter, or the whole file when there is none. */
    public String body(SourceText source) {
        int after = switch (status) {
            case ABSENT -> 1;
            case PRESENT -> closingFence.startLine() + 1;
            case UNTERMINATED -> 2;
        };
        return after > source.lineCount() ? "" : source.text().substring(source.lineStart(after));
    }

    private static boolean isFence(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals("---") || (closing && trimmed.equals("..."));
    }
}
