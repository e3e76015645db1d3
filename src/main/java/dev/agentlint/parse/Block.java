package dev.agentlint.parse;

import dev.agentlint.model.Span;
import java.util.List;

/**
 * One structural unit of a Markdown body: a heading, paragraph, list item, table row, code block or HTML block.
 *
 * @param kind what the block is
 * @param segments the block's own source text, line by line (for a list item: its own paragraphs, not nested items)
 * @param text the segments' texts joined by {@code \n}, made once since most rules read it
 * @param headings the headings the block sits under, outermost first
 * @param tags the XML-like sections ({@code <guardrails>}) the block sits in, outermost first
 * @param level heading level, list nesting depth, or 0
 * @param info a code block's info string, a table row's header cells joined by {@code |}, or empty
 * @param cells a table row's cells (empty for other kinds)
 * @param quoted whether the block sits inside a block quote
 */
public record Block(
        Kind kind,
        List<Segment> segments,
        String text,
        List<String> headings,
        List<String> tags,
        int level,
        String info,
        List<Segment> cells,
        boolean quoted) {

    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW, CODE, HTML }

    public Block {
        segments = List.copyOf(segments);
        headings = List.copyOf(headings);
        tags = List.copyOf(tags);
        cells = List.copyOf(cells);
    }

    /** A block whose text is its segments' texts joined by {@code \n}. */
    public Block(Kind kind, List<Segment> segments, List<String> headings, List<String> tags, int level, String info,
            List<Segment> cells, boolean quoted) {
        this(kind, segments, join(segments), headings, tags, level, info, cells, quoted);
    }

    private static String join(List<Segment> segments) {
        if (segments.size() == 1) {
            return segments.get(0).text();
        }
        StringBuilder text = new StringBuilder();
        for (Segment segment : segments) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(segment.text());
        }
        return text.toString();
    }

    public Span span() {
        if (segments.isEmpty()) {
            return cells.isEmpty() ? Span.point(1, 1) : cells.get(0).span().union(cells.get(cells.size() - 1).span());
        }
        return segments.get(0).span().union(segments.get(segments.size() - 1).span());
    }

    public int firstLine() {
        return span().startLine();
    }

    /** The span of {@code length} characters at {@code offset} in {@link #text()}. */
    public Span spanOf(int offset, int length) {
        int remaining = offset;
        for (Segment segment : segments) {
            if (remaining <= segment.text().length()) {
                return segment.span(remaining, Math.max(0, length));
            }
            remaining -= segment.text().length() + 1;
        }
        return span();
    }
}
