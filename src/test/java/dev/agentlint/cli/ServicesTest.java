package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.LintResult;
import dev.agentlint.engine.Linter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ServicesTest {

    private static final InputFile AGENT = InputFile.of(".claude/agents/reviewer.md",
            "---\nname: reviewer\ndescription: Reviews code.\ntools: Read, Grep, Bahs\n---\nYou review code.\n");

    @Test
    void aRunThatAsksWhileTheWarmUpBuildsGetsTheSameLinterAndTheSameFindings() {
        Services services = new Services();
        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(() -> services.warmUp(false, true));
        Linter linter = services.linter();
        LintResult during = linter.lint(List.of(AGENT), Config.defaults());
        warmUp.join();
        assertSame(linter, services.linter());
        LintResult fresh = new Services().linter().lint(List.of(AGENT), Config.defaults());
        assertEquals(fresh.findings(), during.findings());
        assertEquals("unknown-tool", during.findings().get(0).ruleId());
    }

    @Test
    void theSampleReportAWarmUpRendersGoesThroughFindingsFramesAndRelatedPlaces() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Services.renderSampleReport(out);
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(320, count(report, "[unknown-tool]"), "findings");
        assertEquals(320, count(report, " | tools: Read, Serch, Grep"), "code frames");
        assertEquals(80, count(report, ": note: also here"), "related places");
        assertTrue(report.contains("40 files checked: 120 errors, 200 warnings"), report.lines().reduce((a, b) -> b)
                .orElse(""));
    }

    @Test
    void onlyArgumentsThatNameAnotherFormatTurnTheTextReportWarmUpOff() {
        for (String[] text : List.of(new String[] {"check", "."}, new String[] {"check", "-f", "text", "."},
                new String[] {"check", "--format=text"}, new String[] {"check", "--fail-on", "never", "-ftext"})) {
            assertTrue(Main.namesNoOtherFormat(text), String.join(" ", text));
        }
        for (String[] other : List.of(new String[] {"check", "-f", "sarif", "."},
                new String[] {"check", "--format", "json"}, new String[] {"check", "--format=github"},
                new String[] {"check", "-fjson"}, new String[] {"check", "--format"})) {
            assertFalse(Main.namesNoOtherFormat(other), String.join(" ", other));
        }
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
