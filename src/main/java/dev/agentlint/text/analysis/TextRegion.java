package dev.agentlint.text.analysis;

import dev.agentlint.model.Span;
import dev.agentlint.parse.Block;
import dev.agentlint.parse.Segment;
import java.util.List;

/**
 * Text made of source segments joined by line breaks, with the way back from an offset in the text to a span in
 * the file. A block's text and a table cell's text are regions.
 */
public final class TextRegion {

    private final String text;
    private final List<Segment> segments;
    private final int[] starts;

    private TextRegion(List<Segment> segments) {
        this.segments = List.copyOf(segments);
        this.starts = new int[segments.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                joined.append('\n');
            }
            starts[i] = joined.length();
            joined.append(segments.get(i).text());
        }
        this.text = joined.toString();
    }

    public static TextRegion of(Block block) {
        return new TextRegion(block.segments());
    }

    public static TextRegion of(Segment segment) {
        return new TextRegion(List.of(segment));
    }

    public String text() {
        return text;
    }

    /** The span in the file of the text between two offsets. */
    public Span span(int from, int to) {
        if (segments.isEmpty()) {
            return Span.point(1, 1);
        }
        Span start = point(from, false);
        Span end = point(Math.max(from, to), true);
        return new Span(start.start(), end.start().compareTo(start.start()) < 0 ? start.start() : end.start());
    }

    /** The 1-based line of an offset. */
    public int line(int offset) {
        return segments.get(segmentAt(offset)).line();
    }

    private Span point(int offset, boolean end) {
        int index = segmentAt(end && offset > 0 ? offset - 1 : offset);
        Segment segment = segments.get(index);
        int column = Math.min(offset - starts[index], segment.text().length());
        return Span.point(segment.line(), segment.column() + Math.max(0, column));
    }

    private int segmentAt(int offset) {
        int low = 0;
        int high = starts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
