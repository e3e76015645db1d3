package dev.agentlint.cli;

import dev.agentlint.engine.ResultCache;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The file the result cache is kept in between runs. A cache that cannot be read is started afresh and one that
 * cannot be written is left as it was, with a warning: either way the run's results are those of a run without it.
 * It is replaced in one step, so two runs at once never leave half a file; and it is kept open from loading to saving,
 * so the entries copied into the new file come from the one that was read, whichever run replaced it meanwhile.
 */
final class ResultCacheFile implements AutoCloseable {

    private final Path file;
    private final PrintWriter err;
    private final SpillFile spill;
    private FileChannel opened;

    private ResultCacheFile(Path file, PrintWriter err) {
        this.file = file;
        this.err = err;
        this.spill = new SpillFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".");
    }

    /**
     * The cache file a run uses: the one given, else one for the root under the user's cache directory; empty
     * when there is no cache directory (no {@code HOME}), which is reported.
     */
    static Optional<ResultCacheFile> of(LintOptions options, Path root, Environment environment) {
        if (options.cacheLocation() != null) {
            return Optional.of(new ResultCacheFile(environment.resolve(options.cacheLocation()), environment.err()));
        }
        Optional<Path> directory = cacheDirectory(environment);
        if (directory.isEmpty()) {
            environment.err().println("agentlint: no cache directory (neither XDG_CACHE_HOME nor HOME is set); "
                    + "running without --cache; give a file with --cache-location");
            return Optional.empty();
        }
        return Optional.of(new ResultCacheFile(directory.get().resolve("agentlint").resolve(fileName(root)),
                environment.err()));
    }

    /**
     * The root's cache file name: its directory name, for people who look, and a hash of its whole path. Two roots
     * with one hash would share a file, which only costs speed: an entry is used only for a file whose bytes match.
     */
    static String fileName(Path root) {
        Path name = root.getFileName();
        String readable = name == null ? "root" : name.toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return "results-" + readable + "-" + String.format("%08x", root.toString().hashCode());
    }

    private static Optional<Path> cacheDirectory(Environment environment) {
        String xdg = environment.variables().get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg));
        }
        String home = environment.variables().get("HOME");
        return home == null || home.isEmpty() ? Optional.empty() : Optional.of(Path.of(home, ".cache"));
    }

    /** @param startedAt when the run started, in milliseconds since the epoch */
    ResultCache load(String fingerprint, long startedAt) {
        ResultCache cache = read(fingerprint, startedAt);
        cache.spillTo(spill);
        return cache;
    }

    private ResultCache read(String fingerprint, long startedAt) {
        try {
            opened = FileChannel.open(file, StandardOpenOption.READ);
            return ResultCache.read(opened::read, fingerprint, startedAt);
        } catch (NoSuchFileException e) {
            return ResultCache.empty(fingerprint, startedAt);
        } catch (IOException e) {
            err.println("agentlint: cannot read the result cache " + file + ": " + LintRun.reason(e)
                    + "; checking every file");
            closeSaved();
            return ResultCache.empty(fingerprint, startedAt);
        }
    }

    void save(ResultCache cache, Predicate<String> stillThere) {
        Optional<ResultCache.Contents> contents = cache.toSave(stillThere);
        if (contents.isEmpty()) {
            return;
        }
        Path temporary = null;
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                contents.get().writeTo(out);
            }
            OutputFiles.moveIntoPlace(temporary, file);
        } catch (IOException e) {
            err.println("agentlint: cannot write the result cache " + file + ": " + LintRun.reason(e));
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the warning above already says the cache was not written
                }
            }
        }
    }

    @Override
    public void close() {
        closeSaved();
        spill.close();
    }

    private void closeSaved() {
        if (opened != null) {
            try {
                opened.close();
            } catch (IOException ignored) {
                // only read from, so nothing is lost
            }
            opened = null;
        }
    }
}
