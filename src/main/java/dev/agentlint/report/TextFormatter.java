package dev.agentlint.report;

import dev.agentlint.model.Finding;
import dev.agentlint.model.Related;
import dev.agentlint.model.Severity;
import dev.agentlint.model.Span;
import dev.agentlint.parallel.InOrder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The human format: {@code path:line:col: severity: message [rule-id]}, a code frame with a caret underline,
 * and a summary line, in UTF-8.
 */
public final class TextFormatter {

    private static final String RESET = "\u001b[0m";
    private static final String NEWLINE = System.lineSeparator();
    private static final String ELLIPSIS = "\u2026";
    /** Code frames show at most this many characters of a line, starting a little before the problem. */
    private static final int FRAME_WIDTH = 160;
    private static final int FRAME_CONTEXT = 40;
    /** About what a finding takes in the report, with its code frame: a file's text is made in one buffer. */
    private static final int BYTES_PER_FINDING = 512;
    /**
     * How many buffers that files' texts were written from are kept for the next files. Files can be made well ahead
     * of the one being written, each in a buffer; kept, all of those would stay until the report is written.
     */
    private static final int KEPT_BUFFERS = 8;

    /** Gives the lines of a file that code frames show. */
    @FunctionalInterface
    public interface FramedLines {
        /**
         * The text of each of {@code lines} (ascending) of the file at {@code path}, by number, null for a line past
         * its end; or null when the file is unknown. Asked once per file with findings, from several threads at once.
         */
        IntFunction<String> of(String path, int[] lines);
    }

    private final Function<String, String> displayPath;
    private final FramedLines framedLines;
    private final boolean color;
    private final boolean codeFrames;

    /**
     * @param displayPath maps a root-relative path to the one to print
     * @param framedLines gives the lines of a file its findings start on, for their code frames
     */
    public TextFormatter(Function<String, String> displayPath, FramedLines framedLines, boolean color,
            boolean codeFrames) {
        this.displayPath = displayPath;
        this.framedLines = framedLines;
        this.color = color;
        this.codeFrames = codeFrames;
    }

    public void write(Report report, OutputStream out, boolean summary) throws IOException {
        List<Finding> findings = report.result().findings();
        List<Integer> fileStarts = fileStarts(findings);
        // each file's text is read again for its code frames, so files are rendered in parallel, printed in order
        try {
            Queue<Utf8Text> free = new ArrayBlockingQueue<>(KEPT_BUFFERS);
            InOrder.forEach(fileStarts.size() - 1,
                    i -> renderFile(findings.subList(fileStarts.get(i), fileStarts.get(i + 1)), free),
                    text -> {
                        try {
                            text.writeTo(out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        free.offer(text);
                    });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Utf8Text end = new Utf8Text(BYTES_PER_FINDING);
        for (FileError error : report.fileErrors()) {
            end.safe(displayPath.apply(error.path())).ascii(": ").ascii(colour(Severity.ERROR)).ascii("error")
                    .ascii(reset()).ascii(": ").safe(error.message()).ascii(NEWLINE);
        }
        if (summary) {
            end.ascii(summary(report)).ascii(NEWLINE);
        }
        end.writeTo(out);
        out.flush();
    }

    /** Where each file's findings start in {@code findings}, which are sorted by path, and where the last ends. */
    private static List<Integer> fileStarts(List<Finding> findings) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            if (i == 0 || !findings.get(i).path().equals(findings.get(i - 1).path())) {
                starts.add(i);
            }
        }
        starts.add(findings.size());
        return starts;
    }

    /**
     * One file's findings, each with its code frame and related places, in a buffer that an earlier file's text was
     * written from if there is one: files are written soon after they are made, so a few buffers serve them all.
     */
    private Utf8Text renderFile(List<Finding> findings, Queue<Utf8Text> free) {
        IntFunction<String> lines = codeFrames ? framedLines.of(findings.get(0).path(), startLines(findings)) : null;
        Utf8Text buffer = free.poll();
        if (buffer == null) {
            buffer = new Utf8Text(findings.size() * BYTES_PER_FINDING);
        } else {
            buffer.clear();
        }
        String shownPath = displayPath.apply(findings.get(0).path());
        for (Finding finding : findings) {
            writeFinding(finding, shownPath, lines, buffer);
        }
        return buffer;
    }

    /** The lines the findings start on, ascending, each once. */
    private static int[] startLines(List<Finding> findings) {
        int[] lines = new int[findings.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = findings.get(i).span().startLine();
        }
        Arrays.sort(lines);
        int distinct = 0;
        for (int line : lines) {
            if (distinct == 0 || lines[distinct - 1] != line) {
                lines[distinct++] = line;
            }
        }
        return Arrays.copyOf(lines, distinct);
    }

    private void writeFinding(Finding finding, String shownPath, IntFunction<String> lines, Utf8Text out) {
        Span span = finding.span();
        out.safe(shownPath).ascii(':').number(span.startLine()).ascii(':').number(span.startColumn()).ascii(": ")
                .ascii(colour(finding.severity())).ascii(finding.severity().id()).ascii(reset()).ascii(": ")
                .safe(finding.message())
                .ascii(" [").safe(finding.ruleId()).ascii(']').ascii(NEWLINE);
        String line = lines == null ? null : lines.apply(span.startLine());
        if (line != null) {
            writeFrame(line, span, finding.severity(), finding.redacted(), out);
        }
        for (Related related : finding.related()) {
            out.ascii("    ").safe(displayPath.apply(related.path())).ascii(':').number(related.span().startLine())
                    .ascii(':').number(related.span().startColumn()).ascii(": note: ").safe(related.message())
                    .ascii(NEWLINE);
        }
    }

    private void writeFrame(String text, Span span, Severity severity, boolean redacted, Utf8Text out) {
        int line = span.startLine();
        if (redacted) {
            text = mask(text, span, line);
        }
        int from = Math.min(span.startColumn() - 1, text.length());
        int to = span.endLine() == line ? Math.min(span.endColumn() - 1, text.length()) : text.length();
        int windowStart = Math.max(0, Math.min(from - FRAME_CONTEXT, text.length() - FRAME_WIDTH));
        int windowEnd = Math.min(text.length(), windowStart + FRAME_WIDTH);
        boolean cutBefore = windowStart > 0;
        out.number(line, 5).ascii(" | ");
        if (cutBefore) {
            out.safe(ELLIPSIS);
        }
        out.safe(text, windowStart, windowEnd);
        if (windowEnd < text.length()) {
            out.safe(ELLIPSIS);
        }
        out.ascii(NEWLINE).ascii("      | ").ascii(colour(severity));
        if (cutBefore) {
            out.ascii(' ');
        }
        for (int i = windowStart; i < from; i++) {
            out.ascii(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        int visibleEnd = Math.min(to, windowEnd);
        out.ascii('^').repeat('~', Math.max(0, visibleEnd - from - 1)).ascii(reset()).ascii(NEWLINE);
    }

    /** The line with the covered characters replaced, so a secret never reaches a terminal or a log. */
    private static String mask(String text, Span span, int line) {
        int from = Math.min(span.startColumn() - 1, text.length());
        int to = span.endLine() == line ? Math.min(span.endColumn() - 1, text.length()) : text.length();
        return text.substring(0, from) + "*".repeat(Math.max(0, to - from)) + text.substring(to);
    }

    private String summary(Report report) {
        long errors = report.result().count(Severity.ERROR) + report.fileErrors().size();
        long warnings = report.result().count(Severity.WARNING);
        long infos = report.result().count(Severity.INFO);
        int files = report.result().files();
        String checked = files + (files == 1 ? " file" : " files") + " checked";
        String seconds = String.format(Locale.ROOT, " (%.2fs)", report.elapsed().toMillis() / 1000.0);
        if (errors + warnings + infos == 0) {
            return checked + ": no problems" + seconds;
        }
        return checked + ": " + plural(errors, "error") + ", " + plural(warnings, "warning") + ", "
                + plural(infos, "info") + seconds;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 || noun.equals("info") ? "" : "s");
    }

    /** The escape that starts a severity's colour, or nothing without colour. */
    private String colour(Severity severity) {
        if (!color) {
            return "";
        }
        return switch (severity) {
            case ERROR -> "\u001b[31m";
            case WARNING -> "\u001b[33m";
            case INFO -> "\u001b[36m";
        };
    }

    private String reset() {
        return color ? RESET : "";
    }
}
