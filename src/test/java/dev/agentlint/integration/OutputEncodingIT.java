package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports on standard output are UTF-8 whatever the JVM's default charset is (on JDK 17 it follows the locale,
 * which turned every character outside ASCII into "?").
 */
class OutputEncodingIT {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();
    private static final Path NEAR_DUPLICATES = REPO.resolve("fixtures/scope-overlap/repo-near-duplicate");

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "github"})
    void aReportIsUtf8UnderAnAsciiDefaultCharset(String format) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(REPO.resolve("bin/agentlint").toString(), "--format", format,
                "--no-color", "--fail-on", "warning", "--root", ".", ".").directory(NEAR_DUPLICATES.toFile());
        builder.environment().put("AGENTLINT_NO_CACHE", "1");
        builder.environment().put("AGENTLINT_JAVA_OPTS", "-Dfile.encoding=US-ASCII");
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(1, process.exitValue(), errors);
        assertTrue(output.contains("the same request \u2014 remove one or merge them"), output);
    }
}
