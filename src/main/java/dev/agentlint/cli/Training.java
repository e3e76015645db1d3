package dev.agentlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The runs that the launcher's class cache is made from, in one JVM, so that what a user's run needs is loaded and
 * linked before it: a lint of the checkout's examples and every rule's fixtures named as a pre-commit hook names
 * files (text report, no command named), which a daemon also makes before its first client comes; a copy of the
 * examples and fixtures linted with the result cache as a hook lints them (filled, then rerun with one file edited
 * and the others read from the cache, then rerun unchanged); and the examples in the JSON and SARIF reports that
 * editors and code scanning read.
 */
public final class Training {

    private static final String[] QUIET = {"--fail-on", "never", "--no-color"};

    private Training() {
    }

    /**
     * Trains in the checkout that is the working directory, each run as a process of its own makes it, ending as
     * such a process ends; the launcher sends what the runs write nowhere.
     *
     * @param args the scratch directory, which the training makes, writes the copy and its cache in, and removes
     */
    public static void main(String[] args) throws IOException {
        run(Path.of("").toAbsolutePath(), Path.of(args[0]), Main::runAlone);
        System.exit(ExitCodes.OK);
    }

    /**
     * Hands {@code lint} the command lines of the training in {@code home}, a checkout, in order (relative to it),
     * with its copies in {@code scratch}, removed at the end; without examples there is nothing to train on.
     */
    static void run(Path home, Path scratch, Consumer<String[]> lint) throws IOException {
        Optional<String[]> hookRun = hookRun(home);
        if (hookRun.isEmpty()) {
            return;
        }
        lint.accept(hookRun.get());
        if (made(scratch)) {
            try {
                lintWithTheCache(home, scratch, lint);
            } catch (IOException | UncheckedIOException e) {
                // the result cache goes partly untrained; the other runs still make a class cache worth having
            } finally {
                deleteTree(scratch);
            }
        }
        for (String format : List.of("json", "sarif")) {
            lint.accept(args(List.of("--format", format, "--root", "examples", "examples")));
        }
    }

    /** The examples and every rule's fixtures, named one by one relative to the checkout, in order, if it has any. */
    static Optional<String[]> hookRun(Path home) throws IOException {
        Path examples = home.resolve("examples");
        if (!Files.isDirectory(examples)) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>(List.of("--root", "examples"));
        for (Path file : agentFiles(examples)) {
            named.add(home.relativize(file).toString());
        }
        Path fixtures = home.resolve("fixtures");
        if (Files.isDirectory(fixtures)) {
            for (Path file : agentFiles(fixtures)) {
                named.add(home.relativize(file).toString());
            }
        }
        return Optional.of(args(named));
    }

    /** A copy of the examples and fixtures, as many agents as a hook's run may read from the cache. */
    private static void lintWithTheCache(Path home, Path scratch, Consumer<String[]> lint) throws IOException {
        Path project = scratch.resolve("project");
        for (String part : List.of("examples", "fixtures")) {
            if (Files.isDirectory(home.resolve(part))) {
                copyTree(home.resolve(part), project.resolve(part));
            }
        }
        List<String> cached = List.of("--cache-location", scratch.resolve("cache").toString(),
                "--root", project.toString());
        String[] whole = args(cached, project.toString());
        lint.accept(whole);
        List<Path> agents = agentFiles(project);
        if (!agents.isEmpty()) {
            Path edited = agents.get(0);
            Files.writeString(edited, "\n<!-- edited -->\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            lint.accept(args(cached, edited.toString()));
        }
        lint.accept(whole);
    }

    private static String[] args(List<String> options, String... paths) {
        List<String> all = new ArrayList<>(List.of(QUIET));
        all.addAll(options);
        all.addAll(List.of(paths));
        return all.toArray(String[]::new);
    }

    private static List<Path> agentFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".md") && Files.isRegularFile(file))
                    .sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }

    private static boolean made(Path directory) {
        try {
            Files.createDirectories(directory);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** As much of it as can be removed; the launcher removes the scratch directory again afterwards. */
    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // gone already, or not removable here
        }
    }
}
