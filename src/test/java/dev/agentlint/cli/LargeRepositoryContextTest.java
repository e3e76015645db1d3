package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hook passes one changed agent of a repository with hundreds of others: the cross-agent rules still compare it
 * with the agents that do the same work, though not every context agent is analysed in full.
 */
class LargeRepositoryContextTest {

    @TempDir
    Path repo;

    @Test
    void theChangedAgentIsComparedWithTheRelatedOnesAmongHundreds() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Path agents = Files.createDirectories(repo.resolve(".claude/agents"));
        Path copilot = Files.createDirectories(repo.resolve(".github/agents"));
        String seeds = "fixtures/scope-overlap/repo-seed-coders/";
        Files.copy(Path.of(seeds + ".claude/agents/python-coder.md"), agents.resolve("python-coder.md"));
        Files.copy(Path.of(seeds + ".github/agents/python-coder.agent.md"), copilot.resolve("python-coder.agent.md"));
        for (int i = 0; i < 250; i++) {
            Files.writeString(agents.resolve("translator-" + i + ".md"), "---\nname: translator-" + i
                    + "\ndescription: Translates user interface strings into language number " + i
                    + ".\ntools: Read, Edit\n---\nYou translate UI strings. Keep placeholders intact.\n\n"
                    + "## Output\nReturn the list of translated keys.\n");
        }
        CliRun run = CliRun.in(repo, "--no-color", "--fail-on", "never", ".github/agents/python-coder.agent.md");
        assertTrue(run.out().contains("python-coder.agent.md:2:") && run.out().contains("[scope-overlap]"), run.out());
        assertTrue(run.out().contains("(.claude/agents/python-coder.md)"), "the overlap names the other: " + run.out());
        assertTrue(!run.out().contains("translator-"), run.out());
    }
}
