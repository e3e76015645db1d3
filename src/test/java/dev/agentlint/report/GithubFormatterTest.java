package dev.agentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentlint.engine.LintResult;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Related;
import dev.agentlint.model.Severity;
import dev.agentlint.model.Span;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GithubFormatterTest {

    private static String format(List<Finding> findings, List<FileError> errors) {
        return format(findings, errors, Function.identity());
    }

    private static String format(List<Finding> findings, List<FileError> errors, Function<String, String> display) {
        StringWriter text = new StringWriter();
        new GithubFormatter(display).write(new Report(new LintResult(findings, 1), errors, Duration.ZERO),
                new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private static Finding finding(Severity severity, String path, Span span, String message) {
        return new Finding("unknown-tool", severity, Confidence.HIGH, message, path, span, List.of());
    }

    @Test
    void singleLineFindingHasColumns() {
        String out = format(List.of(finding(Severity.WARNING, ".claude/agents/reviewer.md", Span.of(4, 14, 4, 18),
                "unknown tool \"Reed\"; did you mean \"Read\"?")), List.of());
        assertEquals("::warning file=.claude/agents/reviewer.md,line=4,endLine=4,col=14,endColumn=18,"
                + "title=unknown-tool::unknown tool \"Reed\"; did you mean \"Read\"?\n", out);
    }

    @Test
    void multiLineFindingHasNoColumns() {
        String out = format(List.of(finding(Severity.ERROR, "a.md", Span.of(1, 1, 3, 4), "broken")), List.of());
        assertEquals("::error file=a.md,line=1,endLine=3,title=unknown-tool::broken\n", out);
    }

    @Test
    void infoIsANoticeAndAnEmptySpanStillCoversOneColumn() {
        String out = format(List.of(finding(Severity.INFO, "a.md", Span.point(2, 5), "hint")), List.of());
        assertEquals("::notice file=a.md,line=2,endLine=2,col=5,endColumn=6,title=unknown-tool::hint\n", out);
    }

    @Test
    void messagesEscapePercentAndLineBreaksButKeepColonsAndCommas() {
        String out = format(List.of(finding(Severity.ERROR, "a.md", Span.of(1, 1, 1, 2),
                "100% wrong:\r\nfirst, second\n::error::injected")), List.of());
        assertEquals("::error file=a.md,line=1,endLine=1,col=1,endColumn=2,title=unknown-tool::"
                + "100%25 wrong:%0D%0Afirst, second%0A::error::injected\n", out);
    }

    @Test
    void propertiesAlsoEscapeColonsAndCommas() {
        String out = format(List.of(finding(Severity.ERROR, "dir,x/a:b%c\nd.md", Span.of(1, 1, 1, 2), "m")),
                List.of());
        assertEquals("::error file=dir%2Cx/a%3Ab%25c%0Ad.md,line=1,endLine=1,col=1,endColumn=2,"
                + "title=unknown-tool::m\n", out);
    }

    @Test
    void relatedLocationsAreExtraMessageLines() {
        Finding duplicate = new Finding("duplicate-key", Severity.ERROR, Confidence.HIGH,
                "key \"model\" is duplicated", "a.md", Span.of(6, 1, 6, 6),
                List.of(new Related("a.md", Span.of(4, 1, 4, 6), "first \"model\"")));
        assertEquals("::error file=a.md,line=6,endLine=6,col=1,endColumn=6,title=duplicate-key::"
                + "key \"model\" is duplicated%0Aa.md:4:1: first \"model\"\n", format(List.of(duplicate), List.of()));
    }

    @Test
    void fileErrorsAreErrorsWithoutLines() {
        String out = format(List.of(), List.of(new FileError("agents/bad, file.md", "cannot read: 50% done\n")));
        assertEquals("::error file=agents/bad%2C file.md::cannot read: 50%25 done%0A\n", out);
    }

    @Test
    void pathsGoThroughTheDisplayFunction() {
        String out = format(List.of(finding(Severity.ERROR, "a.md", Span.of(1, 1, 1, 2), "m")), List.of(),
                p -> "sub/" + p);
        assertEquals("::error file=sub/a.md,line=1,endLine=1,col=1,endColumn=2,title=unknown-tool::m\n", out);
    }

    @Test
    void controlCharactersCannotReachTheLog() {
        String out = format(List.of(finding(Severity.ERROR, "a.md", Span.of(1, 1, 1, 2), "bad\u001b[31m red")),
                List.of());
        assertEquals("::error file=a.md,line=1,endLine=1,col=1,endColumn=2,title=unknown-tool::bad\\u001b[31m red\n",
                out);
    }
}
