package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hook passes one changed agent of a repository with dozens or hundreds of others: the cross-agent rules still
 * compare it with the agents that do the same work, though not every context agent is analysed in full.
 */
class LargeRepositoryContextTest {

    @TempDir
    Path repo;

    @BeforeEach
    void markTheRepositoryRoot() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
    }

    @Test
    void theChangedAgentIsComparedWithTheRelatedOnesAmongHundreds() throws IOException {
        String seeds = "fixtures/scope-overlap/repo-seed-coders/";
        copyWithoutExpectations(seeds, ".claude/agents/python-coder.md");
        copyWithoutExpectations(seeds, ".github/agents/python-coder.agent.md");
        writeTranslators(250, "Keep placeholders intact.\n\n## Output\nReturn the list of translated keys.");
        CliRun run = CliRun.in(repo, "--no-color", "--fail-on", "never", ".github/agents/python-coder.agent.md");
        assertTrue(run.out().contains("python-coder.agent.md:2:") && run.out().contains("[scope-overlap]"), run.out());
        assertTrue(run.out().contains("(.claude/agents/python-coder.md)"), "the overlap names the other: " + run.out());
        assertTrue(!run.out().contains("translator-"), run.out());
    }

    @Test
    void aChangedAgentsPoliciesAreComparedWithTheRelatedOnesAmongHundreds() throws IOException {
        CliRun changed = changedPolicyAgentAmongTranslators(250);
        assertTrue(changed.out().contains("this sets test coverage to 70% while \"python-coder\"")
                && changed.out().contains("[conflicting-policies]"), changed.out());
        CliRun unrelated = CliRun.in(repo, "--no-color", "--fail-on", "never", ".claude/agents/translator-7.md");
        assertTrue(!unrelated.out().contains("[conflicting-policies]"), unrelated.out());
    }

    @Test
    void aChangedAgentsPoliciesAreComparedWithTheSameWorkInASmallRepository() throws IOException {
        CliRun changed = changedPolicyAgentAmongTranslators(20);
        assertTrue(changed.out().contains("this sets test coverage to 70% while \"python-coder\"")
                && !changed.out().contains("translator-"), changed.out());
        CliRun all = CliRun.in(repo, "--no-color", "--fail-on", "never", ".");
        assertTrue(all.out().contains("this sets test coverage to 70% while \"python-coder\"")
                && !all.out().contains("while \"translator-"), all.out());
    }

    /**
     * The policy seeds (a chat mode and a subagent that do the same work and set test coverage differently) among
     * translators who keep coverage at 80%, and the run of a hook passing the changed chat mode.
     */
    private CliRun changedPolicyAgentAmongTranslators(int translators) throws IOException {
        String seeds = "fixtures/conflicting-policies/repo-seed-policies/";
        copyWithoutExpectations(seeds, ".claude/agents/python-coder.md");
        copyWithoutExpectations(seeds, ".github/chatmodes/backend-implementer.chatmode.md");
        writeTranslators(translators, "Keep test coverage at 80%.");
        return CliRun.in(repo, "--no-color", "--fail-on", "never", ".github/chatmodes/backend-implementer.chatmode.md");
    }

    /**
     * A fixture's file at the same place in the repository, as a user would have written it: without the lines
     * that state the findings it must produce.
     */
    private void copyWithoutExpectations(String fixtureRepo, String path) throws IOException {
        Path target = repo.resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, Files.readString(Path.of(fixtureRepo + path))
                .replaceAll("(?m)^<!-- expect: .*-->\n", ""));
    }

    /** Agents that do other work than the fixtures' agents, each prompt ending in {@code more}. */
    private void writeTranslators(int count, String more) throws IOException {
        Path agents = Files.createDirectories(repo.resolve(".claude/agents"));
        for (int i = 0; i < count; i++) {
            Files.writeString(agents.resolve("translator-" + i + ".md"), "---\nname: translator-" + i
                    + "\ndescription: Translates user interface strings into language number " + i
                    + ".\ntools: Read, Edit\n---\nYou translate UI strings. " + more + "\n");
        }
    }
}
