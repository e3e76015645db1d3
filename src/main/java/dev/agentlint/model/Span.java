package dev.agentlint.model;

/**
 * A range in a file; the end is exclusive (the column just after the last character). Held as four numbers rather
 * than two positions: a run over thousands of files keeps a span for every finding, tool entry and field.
 */
public record Span(int startLine, int startColumn, int endLine, int endColumn) implements Comparable<Span> {

    public Span {
        if (startLine < 1 || startColumn < 1 || endLine < 1 || endColumn < 1) {
            throw new IllegalArgumentException("span must be 1-based: " + startLine + ":" + startColumn + "-"
                    + endLine + ":" + endColumn);
        }
        if (endLine < startLine || endLine == startLine && endColumn < startColumn) {
            throw new IllegalArgumentException("span ends before it starts: " + startLine + ":" + startColumn + "-"
                    + endLine + ":" + endColumn);
        }
    }

    public Span(Position start, Position end) {
        this(start.line(), start.column(), end.line(), end.column());
    }

    public static Span of(int startLine, int startColumn, int endLine, int endColumn) {
        return new Span(startLine, startColumn, endLine, endColumn);
    }

    public static Span point(int line, int column) {
        return of(line, column, line, column);
    }

    public Position start() {
        return new Position(startLine, startColumn);
    }

    public Position end() {
        return new Position(endLine, endColumn);
    }

    public Span union(Span other) {
        boolean startsFirst = compare(startLine, startColumn, other.startLine, other.startColumn) <= 0;
        boolean endsLast = compare(endLine, endColumn, other.endLine, other.endColumn) >= 0;
        return new Span(startsFirst ? startLine : other.startLine, startsFirst ? startColumn : other.startColumn,
                endsLast ? endLine : other.endLine, endsLast ? endColumn : other.endColumn);
    }

    @Override
    public int compareTo(Span other) {
        int byStart = compare(startLine, startColumn, other.startLine, other.startColumn);
        return byStart != 0 ? byStart : compare(endLine, endColumn, other.endLine, other.endColumn);
    }

    private static int compare(int line, int column, int otherLine, int otherColumn) {
        return line != otherLine ? Integer.compare(line, otherLine) : Integer.compare(column, otherColumn);
    }

    // written out, as a record's generated equals and hashCode are generated as classes at their first call of a
    // run; the same hash as the generated one, so that no iteration order changes
    @Override
    public boolean equals(Object other) {
        return other instanceof Span that && startLine == that.startLine && startColumn == that.startColumn
                && endLine == that.endLine && endColumn == that.endColumn;
    }

    @Override
    public int hashCode() {
        return ((startLine * 31 + startColumn) * 31 + endLine) * 31 + endColumn;
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
