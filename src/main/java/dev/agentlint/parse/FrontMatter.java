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
        String yaml,
        int yamlFirstLine,
        String body,
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
                String yaml = source.text().substring(source.lineStart(2), source.lineStart(line));
                int bodyLine = Math.min(line + 1, lines);
                String body = line < lines ? source.text().substring(source.lineStart(line + 1)) : "";
                return new FrontMatter(Status.PRESENT, source.lineSpan(1), source.lineSpan(line),
                        yaml, 2, body, line < lines ? line + 1 : bodyLine, 0);
            }
        }
        String body = lines > 1 ? source.text().substring(source.lineStart(2)) : "";
        return new FrontMatter(Status.UNTERMINATED, source.lineSpan(1), null, "", 2, body, Math.min(2, lines), 0);
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
        return new FrontMatter(Status.ABSENT, null, null, "", 1, source.text(), 1, misplaced);
    }

    private static boolean isFence(String line, boolean closing) {
        String trimmed = line.stripTrailing();
        return trimmed.equals("---") || (closing && trimmed.equals("..."));
    }
}
