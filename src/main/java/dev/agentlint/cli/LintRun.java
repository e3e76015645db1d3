package dev.agentlint.cli;

import dev.agentlint.agent.FormatDetector;
import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.LintResult;
import dev.agentlint.engine.ResultCache;
import dev.agentlint.model.SourceLines;
import dev.agentlint.model.SourceText;
import dev.agentlint.report.FileError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/** One lint of the files the options select: the edge where paths, bytes and configuration meet the core. */
final class LintRun {

    /** How much of a file too large to check is read: its first line, for the report. */
    private static final int PREVIEW_BYTES = 4096;

    final RunContext context;
    final LintResult result;
    final List<FileError> fileErrors;
    private final Map<String, InputFile> linted;
    /** Lines of files whose results came from the result cache, which hold them. */
    private final Map<String, SourceLines> storedLines;

    private LintRun(RunContext context, Linted lint, List<FileError> fileErrors, Map<String, InputFile> linted) {
        this.context = context;
        this.result = lint.result();
        this.fileErrors = fileErrors;
        this.linted = linted;
        this.storedLines = lint.storedLines();
    }

    /** What a lint found, and the lines of files the result cache gave results of. */
    private record Linted(LintResult result, Map<String, SourceLines> storedLines) {
    }

    static LintRun execute(LintOptions options, Services services, Environment environment)
            throws RunContext.UsageProblem {
        long startedAt = System.currentTimeMillis();
        RunContext context = RunContext.resolve(environment, options.root(), options.config(), services);
        var config = options.strict() ? context.config().withStrict(true) : context.config();
        if (options.maxFileSize() != null) {
            config = config.withMaxFileSize(options.maxFileSize());
        }
        List<FileError> fileErrors = new ArrayList<>();
        Map<String, InputFile> linted = new HashMap<>();
        List<InputFile> inputs = inputs(options, context, environment, config.maxFileSize(), fileErrors, linted);
        Linted lint = lint(inputs, config, options, context, services, environment, startedAt);
        lint.result().failures().forEach(failure -> fileErrors.add(new FileError(failure.path(), failure.message())));
        fileErrors.sort((a, b) -> a.path().compareTo(b.path()));
        return new LintRun(context, lint, fileErrors, linted);
    }

    /**
     * The files the options name and, when some are named one by one, the other agents they are compared with; the
     * named files go into {@code linted} by path, those that are not regular files into {@code fileErrors}. What
     * was found on the way is left here: a run over 20,000 files kept 5 MB of file attributes it no longer needed.
     */
    private static List<InputFile> inputs(LintOptions options, RunContext context, Environment environment,
            long maxFileSize, List<FileError> fileErrors, Map<String, InputFile> linted)
            throws RunContext.UsageProblem {
        FileDiscovery discovery = new FileDiscovery(context.root(), context.config());
        List<Path> targets = options.paths().isEmpty() ? List.of(environment.cwd()) : options.paths();
        List<Path> filesInRoot = new ArrayList<>();
        for (Path target : targets) {
            Path resolved = environment.resolve(target);
            if (!Files.exists(resolved)) {
                throw new RunContext.UsageProblem("no such file or directory: " + target);
            }
            if (!Files.isDirectory(resolved) && discovery.insideRoot(resolved)) {
                filesInRoot.add(resolved);
            }
            try {
                discovery.add(resolved);
            } catch (IOException e) {
                throw new RunContext.UsageProblem("cannot read " + target + ": " + reason(e));
            }
        }
        List<InputFile> inputs = new ArrayList<>();
        for (FileDiscovery.Found found : discovery.files()) {
            if (!found.attributes().isRegularFile()) {
                fileErrors.add(new FileError(found.path(), "not a regular file (a pipe or device?); not read"));
                continue;
            }
            InputFile input = input(found, false, maxFileSize, environment.files());
            linted.put(found.path(), input);
            inputs.add(input);
        }
        if (!filesInRoot.isEmpty()) {
            List<Path> places = context.repository() ? List.of(context.root())
                    : agentDirectories(filesInRoot, discovery);
            inputs.addAll(otherAgents(context, places, linted.keySet(), maxFileSize, environment.files()));
        }
        return inputs;
    }

    /**
     * Lints, with the result cache when asked for, saving it afterwards.
     *
     * @param startedAt when the run started, before any file was looked at, in milliseconds since the epoch
     */
    private static Linted lint(List<InputFile> inputs, Config config, LintOptions options, RunContext context,
            Services services, Environment environment, long startedAt) {
        Optional<ResultCacheFile> cacheFile = options.cache()
                ? ResultCacheFile.of(options, context.root(), environment)
                : Optional.empty();
        if (cacheFile.isEmpty()) {
            return new Linted(services.linter().lint(inputs, config), Map.of());
        }
        try (ResultCacheFile file = cacheFile.get()) {
            ResultCache cache = file.load(services.linter().fingerprint(Version.buildId(), config), startedAt);
            LintResult result = services.linter().lint(inputs, config, cache);
            environment.stopIfAbandoned();
            file.save(cache, path -> isFile(context.root(), path));
            return new Linted(result, cache.reusedLines());
        }
    }

    /** Whether a path a result cache holds is a file under the root; a damaged cache may hold one no file can have. */
    private static boolean isFile(Path root, String path) {
        try {
            return Files.isRegularFile(root.resolve(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * A file for the linter, read when the linter gets to it; of a file too large to check only the start is read,
     * enough to show its first line in the report.
     */
    static InputFile input(FileDiscovery.Found found, boolean context, long maxFileSize,
            Environment.FileReader files) {
        BasicFileAttributes attributes = found.attributes();
        long size = attributes.size();
        int limit = size > maxFileSize ? PREVIEW_BYTES : (int) Math.min(Integer.MAX_VALUE - 8, maxFileSize + 1);
        Path file = found.file();
        InputFile.Content content = () -> {
            try {
                return files.read(file, limit);
            } catch (IOException e) {
                throw new IOException(reason(e), e);
            }
        };
        return new InputFile(found.path(), content, found.format(), context, size,
                attributes.lastModifiedTime().toMillis());
    }

    /**
     * The other agents in {@code places} (the repository, or the named files' agent directories), for rules that
     * compare agents, when only some files are named (a pre-commit hook passes the changed ones): without them every
     * hand-off to an unchanged agent would look broken. Files that cannot be read are simply left out of the
     * context. Only files inside the root have it: the root's agents say nothing about a file from elsewhere.
     */
    private static List<InputFile> otherAgents(RunContext context, List<Path> places, java.util.Set<String> linted,
            long maxFileSize, Environment.FileReader files) {
        FileDiscovery discovery = new FileDiscovery(context.root(), context.config());
        for (Path place : places) {
            try {
                discovery.add(place);
            } catch (IOException e) {
                // a place that cannot be read holds no agents to compare with
            }
        }
        List<InputFile> others = new ArrayList<>();
        for (FileDiscovery.Found found : discovery.files()) {
            if (!linted.contains(found.path()) && found.attributes().isRegularFile()) {
                others.add(input(found, true, maxFileSize, files));
            }
        }
        return others;
    }

    /**
     * The agent directories the named files lie in, outside a repository: the other agents a file is compared with
     * are then those beside it, where its runtime finds them (a user's {@code ~/.claude/agents}), rather than every
     * agent below the working directory. A file in a subdirectory of an agent directory takes the whole of it.
     */
    private static List<Path> agentDirectories(List<Path> files, FileDiscovery discovery) {
        List<Path> directories = new ArrayList<>();
        for (Path file : files) {
            Path directory = file.toAbsolutePath().normalize().getParent();
            if (directory == null || !isAgentDirectory(directory, discovery)) {
                continue;
            }
            while (isAgentDirectory(directory.getParent(), discovery)) {
                directory = directory.getParent();
            }
            if (!directories.contains(directory)) {
                directories.add(directory);
            }
        }
        return directories;
    }

    private static boolean isAgentDirectory(Path directory, FileDiscovery discovery) {
        return directory != null && discovery.insideRoot(directory)
                && FormatDetector.byDirectory(discovery.relative(directory)).isPresent();
    }

    /**
     * The normalised text of a linted file by its root-relative path, for showing and fingerprinting findings, or
     * {@code null} when the file is not one of the run's or can no longer be read. It is read again rather than kept
     * from the lint, so that a run holds the text of few files at a time. Thread-safe.
     */
    SourceText source(String path) {
        byte[] bytes = bytes(path);
        return bytes == null ? null : SourceText.of(new String(bytes, StandardCharsets.UTF_8));
    }

    /**
     * Some lines of a linted file, as {@link #source} gives them, for code frames: those the result cache holds
     * when it holds them all, else read again through the last one, since a frame needs only the lines of findings
     * and decoding a whole file cost more than the frames. Null when the file can no longer be read. Thread-safe.
     *
     * @param lines line numbers, ascending
     */
    IntFunction<String> framedLines(String path, int[] lines) {
        SourceLines stored = storedLines.getOrDefault(path, SourceLines.NONE);
        if (stored.hasAll(lines)) {
            return stored::line;
        }
        byte[] bytes = bytes(path);
        if (bytes == null) {
            return null;
        }
        SourceText text = SourceText.ofLines(bytes, lines[lines.length - 1]);
        return line -> line <= text.lineCount() ? text.line(line) : null;
    }

    private byte[] bytes(String path) {
        InputFile input = linted.get(path);
        if (input == null) {
            return null;
        }
        try {
            return input.content().read();
        } catch (IOException e) {
            return null;
        }
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
