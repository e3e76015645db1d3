package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The daemon's client sends only the environment variables agentlint reads, so that nothing else a user keeps in
 * the environment (tokens, passwords) leaves the client; this keeps its list and the code's in step.
 */
class DaemonClientTest {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();
    private static final Pattern READ_IN_CODE =
            Pattern.compile("variables\\(\\)\\.(?:get|containsKey)\\(\"(\\w+)\"\\)");
    private static final Pattern SENT_BY_CLIENT = Pattern.compile("(?m)^\\s*for name in ([\\w ]+); do$");

    @Test
    void theClientSendsExactlyTheVariablesAgentlintReads() throws IOException {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(REPO.resolve("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = READ_IN_CODE.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    read.add(matcher.group(1));
                }
            }
        }
        assertTrue(read.contains("NO_COLOR"), () -> "the code's reads were not found: " + read);
        Matcher sent = SENT_BY_CLIENT.matcher(Files.readString(REPO.resolve("bin/daemon-client"),
                StandardCharsets.UTF_8));
        assertTrue(sent.find(), "the client's list of variables");
        assertEquals(read, new TreeSet<>(Set.of(sent.group(1).split(" "))));
    }
}
