package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the hooks of {@code .pre-commit-hooks.yaml} with the real pre-commit client, the way a user's repository
 * would: {@code pre-commit try-repo} clones the hook repository, and the {@code agentlint} hook builds the jar in
 * that clone with the Maven wrapper on first use.
 *
 * <p>The hook repository is a one-commit snapshot of this working tree (tracked files plus untracked files that
 * are not ignored), because {@code try-repo} pointed at a working tree only carries over changes to tracked files.
 */
class PreCommitHookIT {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();
    /** Building the jar in pre-commit's clone takes seconds with a warm Maven repository, minutes with a cold one. */
    private static final Duration TIMEOUT = Duration.ofMinutes(10);
    /** How long the launcher may take to make its class cache in the background after a run. */
    private static final Duration TRAINING = Duration.ofMinutes(2);

    private static final String CLEAN = """
            ---
            name: reviewer
            description: Reviews diffs for missing tests
            tools: Read, Grep
            ---
            Review the diff and list each behaviour change without a test.
            """;
    private static final String BROKEN = """
            ---
            name: broken
            description: Reviews diffs for missing tests
            tools: Read, Grep
            color: teal
            ---
            Review the diff.
            """;
    private static final String BROKEN_AT = ".claude/agents/broken.md:5:8: error: color \"teal\"";

    @TempDir
    static Path work;
    private static Path hookRepo;
    private static Path userRepo;
    private static Path preCommitHome;
    private static Path pathDir;
    /**
     * The hooks' cache directory: the clone's build makes a class cache of its own, which in the user's directory
     * would push out the user's caches.
     */
    private static Path cacheHome;

    @BeforeAll
    static void setUp() throws IOException {
        if (findOnPath("pre-commit") == null) {
            return;
        }
        preCommitHome = Files.createDirectories(work.resolve("pre-commit-home"));
        cacheHome = Files.createDirectories(work.resolve("cache-home"));
        hookRepo = snapshotOfThisRepository(work.resolve("hook-repo"));

        userRepo = Files.createDirectories(work.resolve("user-repo"));
        git(userRepo, "init", "-q");
        write(userRepo, ".claude/agents/reviewer.md", CLEAN);
        write(userRepo, ".claude/agents/broken.md", BROKEN);
        write(userRepo, "README.md", "# A project with agents\n\nNot an agent file.\n");
        git(userRepo, "add", "-A");
        git(userRepo, "commit", "-q", "-m", "agents");

        pathDir = Files.createDirectories(work.resolve("path"));
        Files.createSymbolicLink(pathDir.resolve("agentlint"), REPO.resolve("bin/agentlint"));
    }

    /** Without pre-commit each test is skipped, or fails when {@code CI} is set: CI must not pass untested. */
    @BeforeEach
    void requirePreCommit() {
        if (hookRepo == null) {
            if (System.getenv("CI") != null) {
                fail("pre-commit is not on PATH, so the pre-commit hooks cannot be tested; "
                        + "install it (apt-get install pre-commit, or pip install pre-commit) before the tests");
            }
            assumeTrue(false, "pre-commit is not on PATH; skipping the end-to-end hook tests");
        }
    }

    /**
     * Removes the link first: JUnit warns about links that point out of a temporary directory it deletes. Then
     * waits for the launcher to finish making its class cache in the background, which writes into the directory.
     */
    @AfterAll
    static void removeTheLinkAndAwaitTheClassCache() throws IOException, InterruptedException {
        if (pathDir != null) {
            Files.deleteIfExists(pathDir.resolve("agentlint"));
        }
        Path caches = cacheHome == null ? null : cacheHome.resolve("agentlint");
        Instant deadline = Instant.now().plus(TRAINING);
        while (caches != null && Files.isDirectory(caches) && Instant.now().isBefore(deadline)) {
            try (Stream<Path> files = Files.list(caches)) {
                if (files.noneMatch(file -> file.getFileName().toString().endsWith(".lock"))) {
                    return;
                }
            }
            Thread.sleep(200);
        }
    }

    @Test
    void scriptHookPassesACleanAgentAndFailsABrokenOneWithItsPosition() {
        Run clean = tryRepo("agentlint", ".claude/agents/reviewer.md", Map.of());
        assertEquals(0, clean.exitCode(), clean.output());
        assertTrue(Pattern.compile("(?m)^agentlint\\.+Passed$").matcher(clean.output()).find(), clean.output());

        Run broken = tryRepo("agentlint", ".claude/agents/broken.md", Map.of());
        assertNotEquals(0, broken.exitCode(), broken.output());
        assertTrue(Pattern.compile("(?m)^agentlint\\.+Failed$").matcher(broken.output()).find(), broken.output());
        assertTrue(broken.output().contains("- hook id: agentlint\n"), broken.output());
        assertTrue(broken.output().contains(BROKEN_AT), broken.output());
        assertTrue(broken.output().contains("[invalid-value]"), broken.output());
        assertFalse(broken.output().lines().anyMatch(line -> line.startsWith(".claude/agents/reviewer.md:")),
                "only the file passed is reported on (others may be named as related places):\n" + broken.output());
    }

    @Test
    void systemHookRunsTheAgentlintOnPathThroughASymbolicLink() {
        Map<String, String> path = Map.of("PATH", pathDir + File.pathSeparator + System.getenv("PATH"));
        Run clean = tryRepo("agentlint-system", ".claude/agents/reviewer.md", path);
        assertEquals(0, clean.exitCode(), clean.output());
        assertTrue(Pattern.compile("(?m)^agentlint \\(system\\)\\.+Passed$").matcher(clean.output()).find(),
                clean.output());

        Run broken = tryRepo("agentlint-system", ".claude/agents/broken.md", path);
        assertNotEquals(0, broken.exitCode(), broken.output());
        assertTrue(broken.output().contains("- hook id: agentlint-system\n"), broken.output());
        assertTrue(broken.output().contains(BROKEN_AT), broken.output());
    }

    @Test
    void filesThatAreNotAgentsAreNotPassedToTheHook() {
        Map<String, String> path = Map.of("PATH", pathDir + File.pathSeparator + System.getenv("PATH"));
        Run readme = tryRepo("agentlint-system", "README.md", path);
        assertEquals(0, readme.exitCode(), readme.output());
        assertTrue(Pattern.compile("(?m)^agentlint \\(system\\)\\.+\\(no files to check\\)Skipped$")
                .matcher(readme.output()).find(), readme.output());
    }

    private record Run(int exitCode, String output) {
    }

    private static Run tryRepo(String hook, String file, Map<String, String> env) {
        return run(userRepo, env, "pre-commit", "try-repo", hookRepo.toString(), hook, "--files", file);
    }

    /** Copies what {@code git ls-files} lists (the working-tree content, not the index) and commits it once. */
    private static Path snapshotOfThisRepository(Path target) throws IOException {
        Run listed = run(REPO, Map.of(), "git", "ls-files", "-z", "--cached", "--others", "--exclude-standard");
        assertEquals(0, listed.exitCode(), "this test needs a git checkout of the repository: " + listed.output());
        for (String name : listed.output().split("\0")) {
            Path source = REPO.resolve(name);
            if (name.isEmpty() || !Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Path copy = target.resolve(name);
            Files.createDirectories(copy.getParent());
            Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
        git(target, "init", "-q");
        git(target, "add", "-A");
        git(target, "commit", "-q", "-m", "snapshot of the working tree");
        return target;
    }

    private static void git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Run run = run(dir, Map.of(), command.toArray(String[]::new));
        assertEquals(0, run.exitCode(), String.join(" ", command) + " failed:\n" + run.output());
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Runs a command with stdout and stderr merged, no standard input, and a clean git and colour environment. */
    private static Run run(Path dir, Map<String, String> extraEnv, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        // A test started from a git hook would otherwise point every git command at the outer repository.
        env.keySet().removeIf(name -> name.startsWith("GIT_"));
        env.put("GIT_AUTHOR_NAME", "agentlint test");
        env.put("GIT_AUTHOR_EMAIL", "test@agentlint.invalid");
        env.put("GIT_COMMITTER_NAME", "agentlint test");
        env.put("GIT_COMMITTER_EMAIL", "test@agentlint.invalid");
        env.put("PRE_COMMIT_COLOR", "never");
        env.put("NO_COLOR", "1");
        if (preCommitHome != null) {
            env.put("PRE_COMMIT_HOME", preCommitHome.toString());
            env.put("XDG_CACHE_HOME", cacheHome.toString());
        }
        env.putAll(extraEnv);
        try {
            Path log = Files.createTempFile(work, "run", ".log");
            builder.redirectOutput(log.toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not finish in " + TIMEOUT + ":\n" + Files.readString(log));
            }
            return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name);
            }
        }
        return null;
    }
}
