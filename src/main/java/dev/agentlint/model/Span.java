package dev.agentlint.model;

/** A range in a file; {@code end} is exclusive (the column just after the last character). */
public record Span(Position start, Position end) implements Comparable<Span> {

    public Span {
        if (end.compareTo(start) < 0) {
            throw new IllegalArgumentException("span ends before it starts: " + start + "-" + end);
        }
    }

    public static Span of(int startLine, int startColumn, int endLine, int endColumn) {
        return new Span(new Position(startLine, startColumn), new Position(endLine, endColumn));
    }

    public static Span point(int line, int column) {
        return of(line, column, line, column);
    }

    public Span union(Span other) {
        Position from = start.compareTo(other.start) <= 0 ? start : other.start;
        Position to = end.compareTo(other.end) >= 0 ? end : other.end;
        return new Span(from, to);
    }

    @Override
    public int compareTo(Span other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
