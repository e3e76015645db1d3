package dev.agentlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The checkout of agentlint that the launcher started a daemon from, and the id of the build it started. */
record DaemonCheckout(Path home, String buildId) {

    /** Where each build writes its id, which the launcher names a daemon's state file after. */
    private static final String BUILD_ID_FILE = "target/agentlint.id";

    /**
     * Whether the checkout was built again (or cleaned) since: its launcher then looks for another daemon, so this
     * one would serve no one until it idled out.
     */
    boolean rebuilt() {
        try {
            return !Files.readString(home.resolve(BUILD_ID_FILE), StandardCharsets.US_ASCII).strip().equals(buildId);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * The arguments of a lint of the checkout's examples and every rule's fixtures, as the launcher's class cache
     * is trained on, when it has them; relative to the checkout.
     */
    Optional<String[]> trainingRun() throws IOException {
        if (!Files.isDirectory(home.resolve("examples"))) {
            return Optional.empty();
        }
        List<String> args = new ArrayList<>(List.of("check", "--fail-on", "never", "--no-color", "--root", "examples",
                "examples"));
        Path fixtures = home.resolve("fixtures");
        if (Files.isDirectory(fixtures)) {
            try (Stream<Path> files = Files.walk(fixtures)) {
                files.filter(file -> file.getFileName().toString().endsWith(".md"))
                        .map(file -> home.relativize(file).toString()).sorted().forEach(args::add);
            }
        }
        return Optional.of(args.toArray(String[]::new));
    }
}
