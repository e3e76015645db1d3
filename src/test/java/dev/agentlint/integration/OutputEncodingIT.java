package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports on standard output are UTF-8 whatever the JVM's default charset is (on JDK 17 it follows the locale,
 * which turned every character outside ASCII into "?").
 */
class OutputEncodingIT {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();
    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "github"})
    void aReportIsUtf8UnderAnAsciiDefaultCharset(String format, @TempDir Path repository) throws Exception {
        Path agent = repository.resolve(".claude/agents/reviewer.md");
        Files.createDirectories(agent.getParent());
        Files.writeString(agent, "---\nname: reviewer\ndescription: Reviews the diff for bugs.\n"
                + "tools: Read, \u00c9crire\n---\nReview the diff and report each bug.\n");
        ProcessBuilder builder = new ProcessBuilder(REPO.resolve("bin/agentlint").toString(), "--format", format,
                "--no-color", "--fail-on", "warning", "--root", ".", ".").directory(repository.toFile());
        builder.environment().put("AGENTLINT_NO_CACHE", "1");
        builder.environment().put("AGENTLINT_JAVA_OPTS", "-Dfile.encoding=US-ASCII");
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(1, process.exitValue(), errors);
        assertTrue(output.contains("\u00c9crire"), output);
    }
}
