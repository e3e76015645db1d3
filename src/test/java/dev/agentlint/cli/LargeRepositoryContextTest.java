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

    @Test
    void aChangedAgentsPoliciesAreComparedWithTheRelatedOnesAmongHundreds() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Path agents = Files.createDirectories(repo.resolve(".claude/agents"));
        Path chatModes = Files.createDirectories(repo.resolve(".github/chatmodes"));
        String seeds = "fixtures/conflicting-policies/repo-seed-policies/";
        copyWithoutExpectations(Path.of(seeds + ".claude/agents/python-coder.md"), agents.resolve("python-coder.md"));
        copyWithoutExpectations(Path.of(seeds + ".github/chatmodes/backend-implementer.chatmode.md"),
                chatModes.resolve("backend-implementer.chatmode.md"));
        for (int i = 0; i < 250; i++) {
            Files.writeString(agents.resolve("translator-" + i + ".md"), "---\nname: translator-" + i
                    + "\ndescription: Translates user interface strings into language number " + i
                    + ".\ntools: Read, Edit\n---\nYou translate UI strings. Keep test coverage at 80%.\n");
        }
        CliRun changed = CliRun.in(repo, "--no-color", "--fail-on", "never",
                ".github/chatmodes/backend-implementer.chatmode.md");
        assertTrue(changed.out().contains("this sets test coverage to 70% while \"python-coder\"")
                && changed.out().contains("[conflicting-policies]"), changed.out());
        CliRun unrelated = CliRun.in(repo, "--no-color", "--fail-on", "never", ".claude/agents/translator-7.md");
        assertTrue(!unrelated.out().contains("[conflicting-policies]"), unrelated.out());
    }

    /** A fixture as a user would have written it: without the lines that state the findings it must produce. */
    private static void copyWithoutExpectations(Path fixture, Path target) throws IOException {
        Files.writeString(target, Files.readString(fixture).replaceAll("(?m)^<!-- expect: .*-->\n", ""));
    }
}
