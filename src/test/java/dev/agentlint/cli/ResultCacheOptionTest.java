package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cache}: where the cache is kept, that runs with it report what runs without it do, and its failures. */
class ResultCacheOptionTest {

    private static final String REVIEWER = """
            ---
            name: code-reviewer
            description: Reviews pull requests for unclear names and dead code
            tools: Read, Grep, Glob
            ---
            Read the changed files and list each unclear name, with a better one.
            """;

    @TempDir
    Path repo;

    @TempDir
    Path cacheHome;

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write("code-reviewer.md", REVIEWER);
        write("coder.md", """
                ---
                name: coder
                description: Implements features from a plan
                tools: Read, Edit, Reed
                color: teal
                ---
                Implement the change, then hand the diff to the code-reviewer agent.
                """);
    }

    private void write(String name, String text) throws IOException {
        Path file = repo.resolve(".claude/agents").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void runsWithTheCacheReportWhatARunWithoutItReports() throws IOException {
        Path cache = repo.resolve("results.cache");
        CliRun plain = CliRun.in(repo, "--format", "json");
        CliRun first = CliRun.in(repo, "--format", "json", "--cache-location", "results.cache");
        CliRun second = CliRun.in(repo, "--format", "json", "--cache-location", "results.cache");
        write("code-reviewer.md", REVIEWER.replace("tools: Read, Grep, Glob", "tools: Read, Grp, Glob"));
        CliRun edited = CliRun.in(repo, "--format", "json", "--cache-location", "results.cache");

        assertTrue(Files.size(cache) > 0);
        assertEquals(1, plain.exitCode(), "an invalid colour is an error");
        assertEquals(List.of(plain.exitCode(), plain.out(), ""), List.of(first.exitCode(), first.out(), first.err()));
        assertEquals(List.of(plain.exitCode(), plain.out(), ""),
                List.of(second.exitCode(), second.out(), second.err()));
        assertEquals(CliRun.in(repo, "--format", "json").out(), edited.out());
        assertTrue(edited.out().contains("unknown tool \\\"Grp\\\""), edited.out());
    }

    @Test
    void aRerunOverUnchangedFilesShowsTheirCodeFramesWithoutReadingThem() throws IOException {
        write("security-reviewer.md", REVIEWER.replace("name: code-reviewer", "name: security-reviewer")
                + "<!-- agentlint-disable-next-line unknown-tool -->\nList each unclear name.\n");
        try (Stream<Path> files = Files.walk(repo.resolve(".claude"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            }
        }
        CliRun plain = CliRun.in(repo, "--no-color");
        CliRun.in(repo, "--no-color", "--cache-location", "results.cache");
        AtomicInteger reads = new AtomicInteger();
        Environment.FileReader counted = (file, limit) -> {
            reads.incrementAndGet();
            return Files.readAllBytes(file);
        };

        CliRun rerun = CliRun.reading(counted, repo, "--no-color", "--cache-location", "results.cache");

        assertTrue(plain.out().contains("[scope-overlap]") && plain.out().contains("[unknown-tool]")
                && plain.out().contains("[unused-suppression]")
                && plain.out().contains("    4 | tools: Read, Edit, Reed"), plain.out());
        assertEquals(withoutTime(plain.out()), withoutTime(rerun.out()));
        assertEquals(0, reads.get(), "the cache holds the lines the frames show");
    }

    private static String withoutTime(String report) {
        return report.replaceAll(" \\(\\d+\\.\\d+s\\)", "");
    }

    @Test
    void anEditThroughALinkIsSeenByTheCache() throws IOException {
        Path target = repo.resolve("shared/code-reviewer.md");
        Files.createDirectories(target.getParent());
        Files.move(repo.resolve(".claude/agents/code-reviewer.md"), target);
        Files.createSymbolicLink(repo.resolve(".claude/agents/code-reviewer.md"), target);
        CliRun.in(repo, "--format", "json", "--cache-location", "results.cache");
        Files.writeString(target, REVIEWER.replace("tools: Read, Grep, Glob", "tools: Read, Grp, Glob"),
                StandardCharsets.UTF_8);
        CliRun edited = CliRun.in(repo, "--format", "json", "--cache-location", "results.cache");

        assertTrue(edited.out().contains("unknown tool \\\"Grp\\\""), edited.out());
        assertEquals(CliRun.in(repo, "--format", "json").out(), edited.out());
    }

    @Test
    void theDefaultCacheIsOnePerRootUnderTheUsersCacheDirectory() throws IOException {
        CliRun run = CliRun.in(repo, Map.of("XDG_CACHE_HOME", cacheHome.toString()), "--cache");

        assertEquals("", run.err());
        try (Stream<Path> files = Files.list(cacheHome.resolve("agentlint"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertEquals(ResultCacheFile.fileName(repo), names.get(0));
            assertTrue(names.get(0).matches("results-" + repo.getFileName() + "-[0-9a-f]{8}"), names.get(0));
        }
    }

    @Test
    void aRootWhoseNameIsNoFileNameGetsACacheFileNamedWithoutIt() {
        assertTrue(ResultCacheFile.fileName(Path.of("/")).matches("results-root-[0-9a-f]{8}"));
        assertTrue(ResultCacheFile.fileName(Path.of("/home/me/my repo: v2"))
                .matches("results-my_repo__v2-[0-9a-f]{8}"));
    }

    @Test
    void withoutACacheDirectoryTheRunGoesOnWithoutTheCache() {
        CliRun run = CliRun.in(repo, Map.of(), "--cache", "--format", "json");

        assertEquals(CliRun.in(repo, "--format", "json").out(), run.out());
        assertEquals("agentlint: no cache directory (neither XDG_CACHE_HOME nor HOME is set); running without "
                + "--cache; give a file with --cache-location\n", run.err());
    }

    @Test
    void aCacheThatCannotBeWrittenIsReportedAndTheRunIsUnchanged() throws IOException {
        Files.createDirectories(repo.resolve("a-directory"));
        CliRun run = CliRun.in(repo, "--format", "json", "--cache-location", "a-directory");

        CliRun plain = CliRun.in(repo, "--format", "json");
        assertEquals(List.of(plain.exitCode(), plain.out()), List.of(run.exitCode(), run.out()));
        assertTrue(run.err().startsWith("agentlint: cannot read the result cache "), run.err());
        assertTrue(run.err().contains("agentlint: cannot write the result cache "), run.err());
    }

    @Test
    void aDamagedCacheIsReplaced() throws IOException {
        Files.writeString(repo.resolve("results.cache"), "not a cache");
        CliRun run = CliRun.in(repo, "--format", "json", "--cache-location", "results.cache");

        assertEquals(List.of(CliRun.in(repo, "--format", "json").out(), ""), List.of(run.out(), run.err()));
        assertTrue(Files.size(repo.resolve("results.cache")) > "not a cache".length());
    }

    @Test
    void aPathInTheCacheThatNoFileCanHaveIsDropped() throws IOException {
        Path cache = repo.resolve("results.cache");
        CliRun.in(repo, "--cache-location", "results.cache");
        byte[] saved = Files.readAllBytes(cache);
        byte[] path = ".claude/agents/coder.md".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(saved, path);
        saved[at + path.length - "coder.md".length()] = 0;
        Files.write(cache, saved);
        write("code-reviewer.md", REVIEWER.replace("tools: Read, Grep, Glob", "tools: Read, Grp, Glob"));

        CliRun run = CliRun.in(repo, "--format", "json", "--cache-location", "results.cache");

        CliRun plain = CliRun.in(repo, "--format", "json");
        assertEquals(List.of(plain.exitCode(), plain.out(), ""), List.of(run.exitCode(), run.out(), run.err()));
        assertEquals(-1, indexOf(Files.readAllBytes(cache), ".claude/agents/\u0000oder.md".getBytes(
                StandardCharsets.UTF_8)), "the entry of the path no file has is gone");
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
