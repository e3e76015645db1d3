package dev.agentlint.cli;

import dev.agentlint.config.Config;
import dev.agentlint.config.ConfigLoader;
import dev.agentlint.config.ConfigProblem;
import dev.agentlint.rule.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The root and configuration a run uses, found from the options and the working directory.
 *
 * @param repository whether the root is a project's: given with {@code --root}, holding {@code .git} or agentlint's
 *     configuration; otherwise it is only the working directory, for want of one, and may be any large directory
 */
record RunContext(Path root, Config config, boolean repository) {

    static final List<String> CONFIG_NAMES = List.of(".agentlint.yaml", ".agentlint.yml");

    /** Thrown for a problem the user must fix before anything is linted (exit code 2). */
    static final class UsageProblem extends Exception {
        private static final long serialVersionUID = 1L;

        UsageProblem(String message) {
            super(message, null, false, false);
        }
    }

    static RunContext resolve(Environment environment, Path rootOption, Path configOption, Services services)
            throws UsageProblem {
        Optional<Path> enclosing = rootOption != null ? Optional.empty() : repositoryRoot(environment.cwd());
        Path root = rootOption != null ? environment.resolve(rootOption) : enclosing.orElse(environment.cwd());
        if (!Files.isDirectory(root)) {
            throw new UsageProblem("root is not a directory: " + rootOption);
        }
        Optional<Path> rootConfig = CONFIG_NAMES.stream().map(root::resolve).filter(Files::isRegularFile).findFirst();
        boolean repository = rootOption != null || enclosing.isPresent() || rootConfig.isPresent();
        Optional<Path> configFile = configOption != null ? Optional.of(environment.resolve(configOption)) : rootConfig;
        if (configFile.isEmpty()) {
            return new RunContext(root, Config.defaults(), repository);
        }
        return new RunContext(root, loadConfig(configFile.get(), environment, services), repository);
    }

    private static Config loadConfig(Path file, Environment environment, Services services) throws UsageProblem {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageProblem("cannot read configuration " + file + ": " + e.getMessage());
        }
        String shown = environment.cwd().relativize(file).toString();
        ConfigLoader.Loaded loaded = new ConfigLoader(services.schemas(),
                services.rules().stream().map(Rule::id).collect(Collectors.toSet()))
                .load(shown, text);
        if (!loaded.ok()) {
            StringBuilder message = new StringBuilder("invalid configuration");
            for (ConfigProblem problem : loaded.problems()) {
                message.append('\n').append(problem.path()).append(':').append(problem.span().startLine())
                        .append(':').append(problem.span().startColumn()).append(": error: ")
                        .append(problem.message());
            }
            throw new UsageProblem(message.toString());
        }
        return loaded.config();
    }

    /** The nearest directory at or above {@code start} that holds {@code .git}, if any. */
    private static Optional<Path> repositoryRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
