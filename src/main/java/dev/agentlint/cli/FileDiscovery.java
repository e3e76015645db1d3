package dev.agentlint.cli;

import dev.agentlint.agent.FormatDetector;
import dev.agentlint.config.Config;
import dev.agentlint.model.Format;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
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

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", "node_modules");

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

    /** Adds a path given on the command line; a file is taken whatever its name. */
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

    private void walk(Path directory) throws IOException {
        Path realRoot = realOrSelf(root);
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(directory)
                        && (SKIPPED_DIRECTORIES.contains(name) || config.excluded(relative(dir) + "/"));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                BasicFileAttributes readable = attrs.isRegularFile() ? attrs
                        : attrs.isSymbolicLink() ? targetInside(file, realRoot) : null;
                if (readable != null) {
                    consider(file, readable);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Takes a regular file, or a link to one, if it is an agent file. */
    private void consider(Path file, BasicFileAttributes attributes) {
        String relative = relative(file);
        if (!relative.endsWith(".md") || config.excluded(relative)) {
            return;
        }
        Optional<Format> format = plugins.formatOf(file);
        boolean agentFile = format.isPresent() || FormatDetector.byPath(relative).isPresent()
                || config.formatFor(relative).isPresent()
                || config.include().stream().anyMatch(g -> g.matches(relative));
        if (agentFile) {
            found.putIfAbsent(relative, new Found(file, relative, format, attributes));
        }
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
