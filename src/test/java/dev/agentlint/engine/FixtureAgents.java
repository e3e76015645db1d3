package dev.agentlint.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every fixture agent as one project, in one agents directory. */
final class FixtureAgents {

    private FixtureAgents() {
    }

    static List<InputFile> all() throws IOException {
        List<InputFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("fixtures"))) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String name = files.size() + "-" + file.getFileName();
                files.add(new InputFile(".claude/agents/" + name, Files.readAllBytes(file), Optional.empty(), false));
            }
        }
        assertTrue(files.size() > 100, "enough agents for a pool compared through shared rare words");
        return files;
    }
}
