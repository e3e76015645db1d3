package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exact output of every format on the repository's {@code examples/}. After a deliberate change,
 * regenerate with {@code -Dagentlint.update=true} and review the diff.
 */
class GoldenOutputTest {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();
    private static final Path GOLDEN = REPO.resolve("src/test/resources/golden");

    @ParameterizedTest
    @CsvSource({"text, examples.txt", "json, examples.json"})
    void examplesOutputMatchesTheGoldenFile(String format, String golden) throws IOException {
        CliRun run = CliRun.in(REPO, "--format", format, "--no-color", "examples");
        assertEquals(1, run.exitCode(), run.err());
        String output = run.out().replaceAll("\\(\\d+\\.\\d\\ds\\)", "(TIME)");
        Path expected = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("agentlint.update")) {
            Files.writeString(expected, output, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), output);
    }

    @org.junit.jupiter.api.Test
    void readmeQuickStartShowsTheRealOutput() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"), StandardCharsets.UTF_8);
        String golden = Files.readString(GOLDEN.resolve("examples.txt"), StandardCharsets.UTF_8);
        for (String line : golden.lines().toList()) {
            String expected = line.replace("(TIME)", "(");
            org.junit.jupiter.api.Assertions.assertTrue(readme.contains(expected),
                    "README quick start is stale; it lacks: " + line);
        }
    }
}
