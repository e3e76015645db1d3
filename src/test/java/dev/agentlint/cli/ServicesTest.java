package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.LintResult;
import dev.agentlint.engine.Linter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ServicesTest {

    private static final InputFile AGENT = InputFile.of(".claude/agents/reviewer.md",
            "---\nname: reviewer\ndescription: Reviews code.\ntools: Read, Grep, Bahs\n---\nYou review code.\n");

    @Test
    void aRunThatAsksWhileTheWarmUpBuildsGetsTheSameLinterAndTheSameFindings() {
        Services services = new Services();
        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(() -> services.warmUp(false));
        Linter linter = services.linter();
        LintResult during = linter.lint(List.of(AGENT), Config.defaults());
        warmUp.join();
        assertSame(linter, services.linter());
        LintResult fresh = new Services().linter().lint(List.of(AGENT), Config.defaults());
        assertEquals(fresh.findings(), during.findings());
        assertEquals("unknown-tool", during.findings().get(0).ruleId());
    }
}
