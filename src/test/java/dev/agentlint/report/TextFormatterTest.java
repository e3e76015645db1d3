package dev.agentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentlint.engine.LintResult;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Related;
import dev.agentlint.model.Severity;
import dev.agentlint.model.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text report in colour: what is painted, how a frame is cut and underlined, what is escaped. */
class TextFormatterTest {

    private static final String LONG_LINE = "x".repeat(300);
    private static final Map<String, Map<Integer, String>> LINES = Map.of(
            ".claude/agents/a.md", Map.of(3, "tools:\tGrep, Reed"),
            ".claude/agents/b.md", Map.of(7, LONG_LINE));

    @Test
    void findingsFramesNotesAndFileErrorsAreWrittenInColour() throws IOException {
        List<Finding> findings = List.of(
                new Finding("unknown-tool", Severity.WARNING, Confidence.HIGH, "unknown tool \"Reed\" \u2014 typo?",
                        ".claude/agents/a.md", Span.of(3, 14, 3, 18),
                        List.of(new Related(".claude/agents/b.md", Span.of(2, 1, 2, 5), "also here"))),
                new Finding("secret-in-agent", Severity.ERROR, Confidence.HIGH, "a key", ".claude/agents/b.md",
                        Span.of(7, 200, 7, 205), List.of()));
        Report report = new Report(new LintResult(findings, 3),
                List.of(new FileError(".claude/agents/c.md", "cannot read file: bad\u001bname")), Duration.ZERO);
        TextFormatter formatter = new TextFormatter(path -> path,
                (path, lines) -> line -> LINES.get(path).get(line), true, true);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        formatter.write(report, out, true);

        String nl = System.lineSeparator();
        String expected = ".claude/agents/a.md:3:14: \u001b[33mwarning\u001b[0m: unknown tool \"Reed\" \u2014 typo? "
                + "[unknown-tool]" + nl
                + "    3 | tools:\tGrep, Reed" + nl
                + "      | \u001b[33m      \t      ^~~~\u001b[0m" + nl
                + "    .claude/agents/b.md:2:1: note: also here" + nl
                + ".claude/agents/b.md:7:200: \u001b[31merror\u001b[0m: a key [secret-in-agent]" + nl
                + "    7 | \u2026" + "x".repeat(160) + nl
                + "      | \u001b[31m " + " ".repeat(59) + "^~~~~\u001b[0m" + nl
                + ".claude/agents/c.md: \u001b[31merror\u001b[0m: cannot read file: bad\\u001bname" + nl
                + "3 files checked: 2 errors, 1 warning, 0 info (0.00s)" + nl;
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aReportOfManyFilesIsEachFilesReportInOrderWhicheverBufferMadeIt() throws IOException {
        Random random = new Random(7);
        List<List<Finding>> files = new ArrayList<>();
        for (int file = 0; file < 400; file++) {
            String path = String.format(".claude/agents/agent-%03d.md", file);
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(random.nextInt(8) == 0 ? 60 : 4); i >= 0; i--) {
                findings.add(new Finding("unknown-tool", Severity.WARNING, Confidence.HIGH,
                        "unknown tool \u2014 " + "w".repeat(random.nextInt(random.nextInt(4) == 0 ? 2_000 : 40)), path,
                        Span.of(i + 1, 2, i + 1, 5), List.of()));
            }
            files.add(findings);
        }
        TextFormatter formatter = new TextFormatter(path -> path,
                (path, lines) -> line -> path.hashCode() % 3 == 0 ? null : "line " + line + " of " + path, false, true);

        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        formatter.write(reportOf(files.stream().flatMap(List::stream).toList()), whole, false);
        ByteArrayOutputStream alone = new ByteArrayOutputStream();
        for (List<Finding> findings : files) {
            formatter.write(reportOf(findings), alone, false);
        }

        assertEquals(alone.toString(StandardCharsets.UTF_8), whole.toString(StandardCharsets.UTF_8));
    }

    private static Report reportOf(List<Finding> findings) {
        return new Report(new LintResult(findings, 1), List.of(), Duration.ZERO);
    }
}
