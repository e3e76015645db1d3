package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OverlapCommandTest {

    @TempDir
    Path repo;

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void twoPythonCoders() throws IOException {
        write(".claude/agents/python-coder.md", """
                ---
                name: python-coder
                description: Implements Python backend features in FastAPI services with pytest tests
                ---
                You are a Python backend engineer who implements FastAPI endpoints and their pytest tests.
                """);
        write(".claude/agents/backend-python-dev.md", """
                ---
                name: backend-python-dev
                description: Builds Python backend services and REST APIs with FastAPI, tested with pytest
                ---
                You are a backend developer who builds FastAPI services in Python and tests them with pytest.
                """);
        write(".claude/agents/react-designer.md", """
                ---
                name: react-designer
                description: Designs accessible React user interfaces with Tailwind CSS
                ---
                You are a frontend designer who builds React components.
                """);
    }

    @Test
    void printsATableOfPairsWithScoresAndSharedEvidence() throws IOException {
        twoPythonCoders();
        CliRun run = CliRun.in(repo, "overlap", "--root", ".", ".");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("3 agents (3 picked automatically), "), run.out());
        assertTrue(run.out().contains("score  words  facet"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.contains("backend-python-dev") && l.contains("python-coder")
                && l.contains("overlap") && l.contains("FastAPI")), run.out());
        assertTrue(run.out().lines().noneMatch(l -> l.contains("react-designer") && l.contains("overlap")), run.out());
    }

    @Test
    void jsonListsEveryPairAboveTheMinimumScore() throws IOException {
        twoPythonCoders();
        CliRun run = CliRun.in(repo, "overlap", "--root", ".", "--format", "json", "--min-score", "0", ".");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JsonMapper.builder().build().readTree(run.out());
        assertEquals(3, root.path("agents").asInt());
        assertEquals(3, root.path("pairs").size());
        JsonNode first = root.path("pairs").get(0);
        assertTrue(first.path("score").asDouble() >= root.path("pairs").get(1).path("score").asDouble());
        assertTrue(first.path("shared").size() > 0);
    }

    @Test
    void rejectsAnUnknownFormatAndAScoreOutOfRange() throws IOException {
        twoPythonCoders();
        assertEquals(2, CliRun.in(repo, "overlap", "--format", "xml", ".").exitCode());
        assertEquals(2, CliRun.in(repo, "overlap", "--min-score", "2", ".").exitCode());
    }

    /** Files are read as check reads them: one at a time, within the size limit, never a pipe, each failure told. */
    @Test
    void filesThatCannotBeComparedAreNamedAndTheOthersCompared() throws Exception {
        twoPythonCoders();
        write(".claude/agents/huge.md", "---\nname: huge\ndescription: x\n---\n" + "Write Python.\n".repeat(100));
        write(".claude/agents/locked.md", "---\nname: locked\ndescription: Implements Python backends\n---\nx\n");
        Path fifo = repo.resolve(".claude/agents/pipe.md");
        boolean piped = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        Environment.FileReader denyLocked = (file, limit) -> {
            if (file.getFileName().toString().equals("locked.md")) {
                throw new java.nio.file.AccessDeniedException(file.toString());
            }
            return Files.readAllBytes(file);
        };
        String[] arguments = piped ? new String[] {"overlap", "--root", ".", "--max-file-size", "1K", ".",
            ".claude/agents/pipe.md"} : new String[] {"overlap", "--root", ".", "--max-file-size", "1K", "."};
        CliRun run = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> CliRun.reading(denyLocked, repo,
                arguments));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("3 agents (3 picked automatically), "), run.out());
        assertTrue(run.err().contains("agentlint: .claude/agents/huge.md: file is 1434 bytes, more than max-file-size "
                + "(1024); it was not checked\n"), run.err());
        assertTrue(run.err().contains("agentlint: .claude/agents/locked.md: cannot read file: permission denied\n"),
                run.err());
        assertEquals(piped, run.err().contains("agentlint: .claude/agents/pipe.md: not a regular file (a pipe or "
                + "device?); not read\n"), run.err());
    }
}
