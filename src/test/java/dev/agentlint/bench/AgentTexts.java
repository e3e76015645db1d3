package dev.agentlint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Markdown files under a directory, by path relative to it, for the benchmarks to work on in memory. */
record AgentTexts(List<String> paths, List<byte[]> contents) {

    static AgentTexts under(String directory) {
        Path root = Path.of(directory);
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList();
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no Markdown files under " + root.toAbsolutePath());
            }
            List<byte[]> contents = files.stream().map(AgentTexts::read).toList();
            return new AgentTexts(files.stream().map(f -> root.relativize(f).toString().replace('\\', '/')).toList(),
                    contents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
