package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a linter in CI meets: junk, hostile YAML and huge files. Each must give a clear finding at a position,
 * exit 0 or 1, no stack trace, and never hide the findings of the other files. The time bound only catches
 * hangs; it is far above what any of these takes.
 */
class HostileInputTest {

    private static final Duration HANG = Duration.ofSeconds(120);
    private static final String NEIGHBOUR = "---\nname: neighbour\ndescription: Lints fine\ntools: Read, Reed\n---\nx\n";

    @TempDir
    Path repo;

    private void write(String name, byte[] content) throws IOException {
        Path file = repo.resolve(".claude/agents").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    private void write(String name, String content) throws IOException {
        write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private CliRun lint(String expectedInOutput) throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write("neighbour.md", NEIGHBOUR);
        CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.in(repo, "--no-color", "--fail-on", "never", "."));
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.err().contains("Exception") || run.out().contains("could not check"), run.out() + run.err());
        assertTrue(run.out().contains("neighbour.md:4:14: warning: unknown tool \"Reed\""),
                "the other file's findings must survive: " + run.out());
        assertTrue(run.out().contains(expectedInOutput), "expected \"" + expectedInOutput + "\" in\n" + run.out());
        return run;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "tab indentation | ---\\nname: x\\ndescription: y\\ntools:\\n\\t- Read\\n---\\nz | hostile.md:5:1: error: tab character",
        "unterminated front matter | ---\\nname: x\\ndescription: y\\n | hostile.md:1:1: error: front matter is never closed",
        "tools star | ---\\nname: x\\ndescription: y\\ntools: *\\n---\\nz | hostile.md:4:9: error: a value starting with \"*\"",
        "map where a list is expected | ---\\nname: x\\ndescription: y\\ntools: {a: b}\\n---\\nz | hostile.md:4:1: error: tools must be a string or a list, found a map",
        "unexpected types everywhere | ---\\nname: [a, b]\\ndescription: {x: 1}\\ntools: 42\\ndisallowedTools: {a: b}\\nmodel: null\\ncolor: 3.5\\npermissionMode: [x]\\nmaxTurns: many\\n---\\nz | hostile.md:8:1: error: permissionMode [\"x\"] is not one of",
        "empty front matter | ---\\n---\\nz | hostile.md:1:1: error: missing required field \"name\"",
        "only a fence | --- | hostile.md:1:1: error: front matter is never closed",
        "ansi escapes in a value | ---\\nname: x\\ndescription: y\\ncolor: \"\\e[31mred\"\\n---\\nz | color \"\\u001b[31mred\" is not one of",
        "a raw control character | ---\\nname: x\\ndescription: y\\u001b[2J\\n---\\nz | hostile.md:3:15: error: control character U+001B is not allowed in YAML",
    })
    void brokenFrontMatterGivesAFindingAtItsPosition(String name, String content, String expected)
            throws IOException {
        write("hostile.md", content.replace("\\n", "\n").replace("\\t", "\t").replace("\\u001b", "\u001b"));
        CliRun run = lint(expected);
        assertFalse(run.out().contains("\u001b"), "no raw escape sequence may reach a terminal");
    }

    @Test
    void binaryContentAndNulBytes() throws IOException {
        write("image.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        write("nul.md", "---\nname: a\u0000b\ndescription: x\n---\n");
        CliRun run = lint("image.md:1:5: error: file is binary (a NUL byte at byte offset 4)");
        assertTrue(run.out().contains("nul.md:2:8: error: file is binary (a NUL byte at byte offset 11)"), run.out());
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffset() throws IOException {
        write("latin1.md", "---\nname: cv\ndescription: r\u00e9sum\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1));
        lint("latin1.md:3:15: error: bytes at byte offset 27 are not valid UTF-8");
    }

    @Test
    void byteOrderMarkAndCrlfKeepPositionsExact() throws IOException {
        write("windows.md", "\uFEFF---\r\nname: x\r\ndescription: y\r\ncolor: teal\r\n---\r\nz\r\n");
        lint("windows.md:4:8: error: color \"teal\"");
    }

    @Test
    void yamlAliasBomb() throws IOException {
        StringBuilder yaml = new StringBuilder("---\nname: bomb\ndescription: x\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            String previous = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [")
                    .append(IntStream.range(0, 9).mapToObj(n -> previous).collect(Collectors.joining(", ")))
                    .append("]\n");
        }
        write("bomb.md", yaml.append("---\nbody\n").toString());
        lint("bomb.md:");
    }

    @Test
    void nestingTwentyThousandLevelsDeep() throws IOException {
        write("deep.md", "---\nname: deep\ndescription: x\nk: " + "[".repeat(20_000) + "]".repeat(20_000)
                + "\n---\nbody\n");
        lint("deep.md:2:1: error: front matter nests too deeply to be read");
    }

    @Test
    void aHundredThousandKeysGiveACappedReport() throws IOException {
        StringBuilder yaml = new StringBuilder("---\nname: keys\ndescription: x\n");
        for (int i = 0; i < 100_000; i++) {
            yaml.append('k').append(i).append(": v\n");
        }
        write("keys.md", yaml.append("---\nbody\n").toString());
        CliRun run = lint("keys.md:4:1: warning: unknown field \"k0\"");
        assertTrue(run.out().contains("99900 more unknown-field findings in this file are not shown"), run.out());
    }

    @Test
    void aTwoMegabyteLineAndATwentyMegabyteFileAreSkippedAsTooLarge() throws IOException {
        write("long-line.md", "---\nname: x\ndescription: y\n---\n" + "a".repeat(2_000_000) + "\n");
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'x');
        write("huge.md", huge);
        CliRun run = lint("huge.md:1:1: warning: file is 20971520 bytes, more than max-file-size (1048576)");
        assertTrue(run.out().contains("long-line.md:1:1: warning: file is 2000032 bytes"), run.out());
        assertTrue(run.out().length() < 10_000, "code frames show a window of a line, not all of it");
    }

    @Test
    void aTwoMegabyteLineWithinAHigherLimitIsLinted() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".agentlint.yaml"), "max-file-size: 4194304\n");
        write("long-line.md", "---\nname: x\ndescription: y\ncolor: teal\n---\n" + "word ".repeat(400_000) + "\n");
        lint("long-line.md:4:8: error: color \"teal\"");
    }

    @Test
    void aDirectoryNamedLikeAnAgentFileIsNotAFile() throws IOException {
        Files.createDirectories(repo.resolve(".claude/agents/folder.md"));
        lint("1 file checked");
    }

    @Test
    void aNamedPipeIsReportedAndNeverReadSoTheRunCannotHang() throws Exception {
        Files.createDirectories(repo.resolve(".claude/agents"));
        Path fifo = repo.resolve(".claude/agents/pipe.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        lint("1 file checked");
        Files.createDirectories(repo.resolve(".git"));
        CliRun named = assertTimeoutPreemptively(HANG, () -> CliRun.in(repo, "--no-color", ".claude/agents/pipe.md"));
        assertEquals(1, named.exitCode());
        assertTrue(named.out().contains("pipe.md: error: not a regular file"), named.out());
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersAreStillLinted() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write("neighbour.md", NEIGHBOUR);
        write("locked.md", "---\nname: locked\ndescription: x\n---\nbody\n");
        Environment.FileReader denyLocked = (file, limit) -> {
            if (file.getFileName().toString().equals("locked.md")) {
                throw new java.nio.file.AccessDeniedException(file.toString());
            }
            return Files.readAllBytes(file);
        };
        CliRun text = CliRun.reading(denyLocked, repo, "--no-color", ".");
        assertEquals(1, text.exitCode(), text.out() + text.err());
        assertTrue(text.out().contains(".claude/agents/locked.md: error: cannot read file: permission denied"), text.out());
        assertTrue(text.out().contains("neighbour.md:4:14: warning: unknown tool \"Reed\""), text.out());
        assertTrue(text.out().contains("1 file checked: 1 error"), "the unreadable file is not counted: " + text.out());

        CliRun sarif = CliRun.reading(denyLocked, repo, "--format", "sarif", ".");
        assertTrue(sarif.out().contains("\"executionSuccessful\" : false"), sarif.out());
        assertTrue(sarif.out().contains("cannot read file: permission denied"), sarif.out());
        assertTrue(sarif.out().contains("unknown tool \\\"Reed\\\""), "the neighbour's result is kept: " + sarif.out());
    }

    @Test
    void aFileWithoutReadPermissionIsReportedWhenTheFileSystemEnforcesIt() throws IOException {
        write("locked.md", "---\nname: locked\ndescription: x\n---\nbody\n");
        Path locked = repo.resolve(".claude/agents/locked.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(locked.toFile().setReadable(false, false), "cannot change permissions");
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as a user who reads every file");
        CliRun run = lint("locked.md: error: cannot read file: permission denied");
        assertTrue(run.out().contains("neighbour.md"), run.out());
    }

    @Test
    void theSizeLimitIsSetOnTheCommandLine() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        write("long.md", "---\nname: long\ndescription: y\ncolor: teal\n---\n" + "word ".repeat(600) + "\n");
        CliRun small = CliRun.in(repo, "--no-color", "--max-file-size", "2K", ".");
        assertTrue(small.out().contains("long.md:1:1: warning: file is 3047 bytes, more than max-file-size (2048)"),
                small.out());
        CliRun large = CliRun.in(repo, "--no-color", "--max-file-size", "4k", ".");
        assertTrue(large.out().contains("long.md:4:8: error: color \"teal\""), large.out());
        CliRun wrong = CliRun.in(repo, "--max-file-size", "2X", ".");
        assertEquals(2, wrong.exitCode());
        assertTrue(wrong.err().contains("'2X' is not a size such as 1048576, 512K or 2M"), wrong.err());
    }

    @Test
    void theSizeLimitInTheConfigurationMayCarryAUnit() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve(".agentlint.yaml"), "max-file-size: 1KiB\n");
        write("long.md", "---\nname: long\ndescription: y\n---\n" + "word ".repeat(600) + "\n");
        CliRun run = CliRun.in(repo, "--no-color", ".");
        assertTrue(run.out().contains("more than max-file-size (1024)"), run.out());
    }
}
