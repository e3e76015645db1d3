package dev.agentlint.cli;

import dev.agentlint.agent.FormatDetector;
import dev.agentlint.config.Config;
import dev.agentlint.model.Format;
import dev.agentlint.parallel.InOrder;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds agent files: every file named explicitly, and in directories the files at the known locations of each
 * format. Symbolic links to directories are not followed, so a walk can never loop; a link to a file is
 * followed only when its target lies inside the root.
 */
final class FileDiscovery {

    /**
     * Directories that hold version control data, dependencies, virtual environments or caches, never agents: a
     * walk of a repository (the context of every pre-commit hook run) would otherwise look at each of their files.
     */
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn", "node_modules", ".venv",
            "venv", ".tox", ".nox", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".gradle", ".cache");

    /**
     * A file to lint, with the path the linter reports (root-relative), a format the walk already knows, and what
     * the file system said of it when it was found (of a link's target for a link), so it is not asked again.
     */
    record Found(Path file, String path, Optional<Format> format, BasicFileAttributes attributes) {
    }

    private final Path root;
    private final Config config;
    private final PluginLayout plugins = new PluginLayout();
    private final Map<String, Found> found = new TreeMap<>();

    FileDiscovery(Path root, Config config) {
        this.root = root;
        this.config = config;
    }

    /** Adds a path given on the command line: a directory, or a link to one, is walked; a file is taken as it is. */
    void add(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            walk(absolute);
        } else {
            String relative = relative(absolute);
            found.putIfAbsent(relative, new Found(absolute, relative, Optional.empty(), attributes));
        }
    }

    List<Found> files() {
        return new ArrayList<>(found.values());
    }

    /**
     * Walks a directory level by level: each level's entries are looked at on the pool, one file system call each,
     * which in a directory of thousands of agents is most of the walk. Unreadable entries are passed over.
     */
    private void walk(Path start) {
        Path realRoot = realOrSelf(root);
        List<Path> directories = List.of(start);
        while (!directories.isEmpty()) {
            List<Path> entries = new ArrayList<>();
            List<Place> places = new ArrayList<>();
            for (Path directory : directories) {
                Place place = place(directory);
                for (Path entry : entries(directory)) {
                    entries.add(entry);
                    places.add(place);
                }
            }
            List<Path> below = new ArrayList<>();
            for (Seen seen : InOrder.map(entries.size(), i -> see(entries.get(i), places.get(i), realRoot))) {
                if (seen.directory() != null) {
                    below.add(seen.directory());
                } else if (seen.file() != null) {
                    found.putIfAbsent(seen.file().path(), seen.file());
                }
            }
            directories = below;
        }
    }

    /**
     * What the entries of a directory share, worked out once for all of them: the path the linter reports for the
     * directory, the format of plugin agents in it, and whether it is or lies in a known agent directory.
     */
    private record Place(String path, Optional<Format> pluginFormat, boolean agentDirectory) {

        /** The reported path of an entry, as {@link FileDiscovery#relative} makes it. */
        String child(String name) {
            String shown = name.replace('\\', '/');
            return path.isEmpty() ? shown : path.endsWith("/") ? path + shown : path + "/" + shown;
        }
    }

    private Place place(Path directory) {
        String path = relative(directory);
        return new Place(path, plugins.formatOfFilesIn(directory), FormatDetector.byDirectory(path).isPresent());
    }

    /** What the walk makes of one entry: a directory to go into, an agent file, or neither. */
    private record Seen(Path directory, Found file) {
        static final Seen NOTHING = new Seen(null, null);
    }

    private static List<Path> entries(Path directory) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(entries::add);
        } catch (IOException | DirectoryIteratorException e) {
            // a directory that cannot be read holds no agents the run can check
        }
        return entries;
    }

    /**
     * An entry as the walk sees it, without following links: links to directories are not followed, so a walk can
     * never loop.
     */
    private Seen see(Path entry, Place place, Path realRoot) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Seen.NOTHING;
        }
        String name = entry.getFileName().toString();
        if (attributes.isDirectory()) {
            boolean skipped = SKIPPED_DIRECTORIES.contains(name) || config.excluded(place.child(name) + "/");
            return skipped ? Seen.NOTHING : new Seen(entry, null);
        }
        BasicFileAttributes readable = attributes.isRegularFile() ? attributes
                : attributes.isSymbolicLink() ? targetInside(entry, realRoot) : null;
        Found file = readable == null ? null : agentFile(entry, name, place, readable);
        return file == null ? Seen.NOTHING : new Seen(null, file);
    }

    /** A regular file, or a link to one, if it is an agent file; otherwise null. */
    private Found agentFile(Path file, String name, Place place, BasicFileAttributes attributes) {
        String relative = place.child(name);
        if (!relative.endsWith(".md") || config.excluded(relative)) {
            return null;
        }
        // a name with a backslash is reported with a slash, which puts part of it among the directories
        boolean formatOfPath = name.indexOf('\\') < 0
                ? place.agentDirectory() || FormatDetector.byName(name).isPresent()
                : FormatDetector.byPath(relative).isPresent();
        boolean agentFile = place.pluginFormat().isPresent() || formatOfPath
                || config.formatFor(relative).isPresent()
                || config.include().stream().anyMatch(g -> g.matches(relative));
        return agentFile ? new Found(file, relative, place.pluginFormat(), attributes) : null;
    }

    /** What a link's target is, when it is a regular file inside the root; otherwise null. */
    private static BasicFileAttributes targetInside(Path link, Path realRoot) {
        try {
            Path target = link.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
            return target.startsWith(realRoot) && attributes.isRegularFile() ? attributes : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath(LinkOption.NOFOLLOW_LINKS).toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /** The path the linter reports: relative to the root with forward slashes, or absolute outside it. */
    String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = insideRoot(absolute) ? root.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    boolean insideRoot(Path path) {
        return path.toAbsolutePath().normalize().startsWith(root);
    }
}
