package dev.agentlint.report;

import dev.agentlint.model.Finding;
import dev.agentlint.model.Position;
import dev.agentlint.model.Related;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the changed files:
 * {@code ::error file=<path>,line=<l>,endLine=<l2>,col=<c>,endColumn=<c2>,title=<rule-id>::<message>}, with
 * {@code ::warning} and {@code ::notice} for the other severities. Columns are sent only for single-line spans,
 * and values are escaped the way the Actions toolkit escapes them, so a file name or message cannot end the command
 * early or start a new one.
 */
public final class GithubFormatter {

    private final Function<String, String> displayPath;

    /** @param displayPath maps a root-relative path to the one to annotate (relative to the repository root) */
    public GithubFormatter(Function<String, String> displayPath) {
        this.displayPath = displayPath;
    }

    public void write(Report report, PrintWriter out) {
        for (Finding finding : report.result().findings()) {
            out.println(command(finding));
        }
        for (FileError error : report.fileErrors()) {
            out.println("::error file=" + property(displayPath.apply(error.path())) + "::" + data(error.message()));
        }
        out.flush();
    }

    private String command(Finding finding) {
        String kind = switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        Position start = finding.span().start();
        Position end = finding.span().end();
        StringBuilder line = new StringBuilder("::").append(kind)
                .append(" file=").append(property(displayPath.apply(finding.path())))
                .append(",line=").append(start.line())
                .append(",endLine=").append(end.line());
        if (start.line() == end.line()) {
            int endColumn = end.column() > start.column() ? end.column() : start.column() + 1;
            line.append(",col=").append(start.column()).append(",endColumn=").append(endColumn);
        }
        line.append(",title=").append(property(finding.ruleId()));
        StringBuilder message = new StringBuilder(finding.message());
        for (Related related : finding.related()) {
            message.append('\n').append(displayPath.apply(related.path())).append(':')
                    .append(related.span().startLine()).append(':').append(related.span().startColumn())
                    .append(": ").append(related.message());
        }
        return line.append("::").append(data(message.toString())).toString();
    }

    /** Escapes a message as the Actions toolkit does; other control characters become visible escapes. */
    static String data(String text) {
        return escape(text, false);
    }

    /** Escapes a property value as the Actions toolkit does: like {@link #data} plus {@code :} and {@code ,}. */
    static String property(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean property) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '\r' -> out.append("%0D");
                case '\n' -> out.append("%0A");
                case ':' -> out.append(property ? "%3A" : ":");
                case ',' -> out.append(property ? "%2C" : ",");
                default -> out.append(TerminalText.safe(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
