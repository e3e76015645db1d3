package dev.agentlint.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The decoded text of a file with line breaks normalised to {@code \n} and a leading byte-order mark removed,
 * so every later stage deals in one kind of line break while lines and UTF-16 columns stay those an editor shows.
 */
public final class SourceText {

    private final String text;
    private final int[] lineStarts;

    private SourceText(String text) {
        this.text = text;
        this.lineStarts = computeLineStarts(text);
    }

    public static SourceText of(String raw) {
        String withoutBom = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        return new SourceText(normaliseLineBreaks(withoutBom));
    }

    /**
     * The text of UTF-8 bytes through line {@code lastLine} and its line break (all of it when shorter), whose lines
     * are those of the whole text, without decoding the rest. The cut falls after a line break, an ASCII byte that no
     * multi-byte sequence holds, so the lines before it decode as they do in the whole text, malformed bytes
     * included.
     */
    public static SourceText ofLines(byte[] utf8, int lastLine) {
        int line = 1;
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == '\r' || utf8[i] == '\n') {
                if (utf8[i] == '\r' && i + 1 < utf8.length && utf8[i + 1] == '\n') {
                    i++;
                }
                if (line++ == lastLine) {
                    return of(new String(utf8, 0, i + 1, StandardCharsets.UTF_8));
                }
            }
        }
        return of(new String(utf8, StandardCharsets.UTF_8));
    }

    private static String normaliseLineBreaks(String raw) {
        if (raw.indexOf('\r') < 0) {
            return raw;
        }
        return raw.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The text of a 1-based line, without its line break. */
    public String line(int line) {
        int start = lineStart(line);
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        return text.substring(start, end);
    }

    /** The offset in {@link #text()} where a 1-based line starts. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    public int lineEnd(int line) {
        return line < lineStarts.length ? lineStarts[line] - 1 : text.length();
    }

    /** The position of a character offset in {@link #text()}. */
    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        int lineIndex = index >= 0 ? index : -index - 2;
        return new Position(lineIndex + 1, clamped - lineStarts[lineIndex] + 1);
    }

    /** The offset in {@link #text()} of a position, clamped to the end of its line. */
    public int offset(Position position) {
        int line = Math.min(position.line(), lineStarts.length);
        return Math.min(lineStart(line) + position.column() - 1, lineEnd(line));
    }

    public Span span(int startOffset, int endOffset) {
        return new Span(position(startOffset), position(Math.max(startOffset, endOffset)));
    }

    /** The whole of a 1-based line as a span. */
    public Span lineSpan(int line) {
        return Span.of(line, 1, line, lineEnd(line) - lineStart(line) + 1);
    }

    /** The text a span covers. */
    public String slice(Span span) {
        return text.substring(offset(span.start()), Math.max(offset(span.start()), offset(span.end())));
    }

    /** Converts a column counted in code points on a 1-based line to a 1-based UTF-16 column. */
    public int utf16Column(int line, int codePointColumn0) {
        if (line < 1 || line > lineStarts.length) {
            return 1;
        }
        String lineText = line(line);
        int cpCount = lineText.codePointCount(0, lineText.length());
        if (codePointColumn0 >= cpCount) {
            return lineText.length() + 1 + (codePointColumn0 - cpCount);
        }
        return lineText.offsetByCodePoints(0, codePointColumn0) + 1;
    }
}
