package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingTest {

    private static final String REVIEWER = """
            ---
            name: code-reviewer
            description: Reviews changed code for bugs. Use after every change.
            tools: Read, Grep, Serch
            ---
            You review code. Never edit files.
            """;
    private static final String TESTER = """
            ---
            name: test-runner
            description: Runs the test suite and reports failures.
            tools: Bash, Read
            ---
            Run the tests and report each failure with its file and line.
            """;

    @TempDir
    Path home;

    @Test
    void theHookRunNamesTheExamplesAndEveryFixtureInOrder() throws IOException {
        write("examples/.claude/agents/b.md", REVIEWER);
        write("examples/.claude/agents/a.md", TESTER);
        for (String fixture : new String[] {"unknown-tool/b.md", "unknown-tool/notes.txt", "empty-body/a.md"}) {
            write("fixtures/" + fixture, "---\nname: x\n---\n");
        }
        assertArrayEquals(new String[] {"--fail-on", "never", "--no-color", "--root", "examples",
            "examples/.claude/agents/a.md", "examples/.claude/agents/b.md",
            "fixtures/empty-body/a.md", "fixtures/unknown-tool/b.md"}, Training.hookRun(home).orElseThrow());
    }

    @Test
    void everyRunOfTheTrainingIsAValidLintThreeOfThemWithOneResultCache() throws IOException {
        write("examples/.claude/agents/code-reviewer.md", REVIEWER);
        write("examples/.claude/agents/test-runner.md", TESTER);
        write("fixtures/unknown-tool/bad.md", REVIEWER);
        List<String> reports = new ArrayList<>();
        List<String[]> commands = new ArrayList<>();
        Services services = new Services();
        Path scratch = home.resolve("scratch");
        Training.run(home, scratch, command -> {
            commands.add(command);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringWriter err = new StringWriter();
            Environment environment = new Environment(home, out, new PrintWriter(err), Map.of(), false);
            assertEquals(ExitCodes.OK, Main.run(command, environment, services), String.join(" ", command) + err);
            reports.add(out.toString(StandardCharsets.UTF_8));
            if (commands.size() == 3) {
                assertTrue(read(Path.of(command[command.length - 1])).endsWith("\n<!-- edited -->\n"),
                        "the hook's rerun names the copy it edited");
            }
            if (List.of(command).contains("--cache-location")) {
                assertTrue(Files.isRegularFile(Path.of(valueOf(command, "--cache-location"))), "the cache is written");
            }
        });

        assertEquals(6, commands.size());
        assertTrue(reports.get(0).contains("unknown tool \"Serch\""), reports.get(0));
        String cacheLocation = valueOf(commands.get(1), "--cache-location");
        assertEquals(cacheLocation, valueOf(commands.get(2), "--cache-location"));
        assertEquals(cacheLocation, valueOf(commands.get(3), "--cache-location"));
        assertTrue(commands.get(2)[commands.get(2).length - 1].endsWith("code-reviewer.md"), "the edited file");
        for (int cached = 1; cached <= 3; cached++) {
            assertTrue(reports.get(cached).contains("unknown tool \"Serch\""), reports.get(cached));
        }
        assertEquals("json", valueOf(commands.get(4), "--format"));
        assertTrue(reports.get(4).startsWith("{"), reports.get(4));
        assertEquals("sarif", valueOf(commands.get(5), "--format"));
        assertTrue(reports.get(5).contains("2.1.0"), reports.get(5));

        assertTrue(cacheLocation.startsWith(scratch.toString()), cacheLocation);
        assertFalse(Files.exists(scratch), "the scratch directory is removed");
        assertEquals(REVIEWER, Files.readString(home.resolve("examples/.claude/agents/code-reviewer.md")),
                "the examples themselves are not edited");
    }

    @Test
    void aScratchDirectoryThatCannotBeMadeLeavesOutOnlyTheRunsWithTheCache() throws IOException {
        write("examples/.claude/agents/code-reviewer.md", REVIEWER);
        Path notADirectory = Files.writeString(home.resolve("scratch"), "a file where the scratch directory would go");
        List<String[]> commands = new ArrayList<>();
        Training.run(home, notADirectory, commands::add);
        assertEquals(List.of("text", "json", "sarif"), commands.stream()
                .map(command -> List.of(command).contains("--format") ? valueOf(command, "--format") : "text")
                .toList());
        assertTrue(commands.stream().noneMatch(command -> List.of(command).contains("--cache-location")));
        assertTrue(Files.isRegularFile(notADirectory), "what stood in the way is left alone");
    }

    @Test
    void aCheckoutWithoutExamplesHasNothingToTrainOn() throws IOException {
        assertEquals(Optional.empty(), Training.hookRun(home));
        List<String[]> commands = new ArrayList<>();
        Training.run(home, home.resolve("scratch"), commands::add);
        assertEquals(List.of(), commands);
    }

    private static String valueOf(String[] command, String option) {
        List<String> words = List.of(command);
        return words.get(words.indexOf(option) + 1);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = home.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
