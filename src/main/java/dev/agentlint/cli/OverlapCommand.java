package dev.agentlint.cli;

import static dev.agentlint.cli.CommandSpecs.command;
import static dev.agentlint.cli.CommandSpecs.option;
import static dev.agentlint.cli.CommandSpecs.value;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;
import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.LintResult;
import dev.agentlint.engine.Linter;
import dev.agentlint.model.Finding;
import dev.agentlint.rule.KeptValue;
import dev.agentlint.rule.ProjectRule;
import dev.agentlint.rules.FileTooLarge;
import dev.agentlint.rules.overlap.KeptProfiles;
import dev.agentlint.rules.overlap.OverlapAnalysis;
import dev.agentlint.rules.overlap.OverlapPair;
import dev.agentlint.rules.overlap.ProfileBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Model.CommandSpec;

/** {@code agentlint overlap [PATH...]}: the agents' pairwise overlap as a table, a team's routing map at a glance. */
final class OverlapCommand implements Callable<Integer> {

    private static final String DESCRIPTION = "Print how much the responsibilities of each pair of agents that one "
            + "runtime routes between overlap: scores, verdicts and the evidence the two agents share.";

    private final CommandSpec spec;
    private final Services services;
    private final Environment environment;
    private LintOptions lint;
    private double minScore;

    OverlapCommand(Services services, Environment environment) {
        this.services = services;
        this.environment = environment;
        spec = command(this, "overlap", DESCRIPTION, model -> {
            LintOptions.declare(model);
            model.addOption(option(double.class, "N",
                    "Show only pairs scoring at least N, from 0 to 1 (default: ${DEFAULT-VALUE}).", "--min-score")
                    .defaultValue("0.3").build());
            model.addOption(option(String.class, "FORMAT", "text or json (default: ${DEFAULT-VALUE}).", "--format")
                    .defaultValue("text").build());
        });
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        lint = LintOptions.of(spec);
        minScore = value(spec, "--min-score");
        String format = value(spec, "--format");
        if (!format.equals("text") && !format.equals("json")) {
            return fail("unknown format '" + format + "' (expected text or json)");
        }
        if (minScore < 0 || minScore > 1) {
            return fail("--min-score must be between 0 and 1");
        }
        long started = System.nanoTime();
        List<AgentFile> files;
        try {
            files = parse();
        } catch (RunContext.UsageProblem e) {
            return fail(e.getMessage());
        }
        OverlapAnalysis analysis = OverlapAnalysis.of(files);
        List<OverlapPair> pairs = new ArrayList<>();
        for (OverlapPair pair : analysis.pairs(OverlapCommand::scope, false)) {
            if (pair.score() >= minScore || pair.verdict().reported()) {
                pairs.add(pair);
            }
        }
        pairs.sort(Comparator.comparingDouble(OverlapPair::score).reversed()
                .thenComparing(p -> p.first().file().path()).thenComparing(p -> p.second().file().path()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (format.equals("json")) {
            environment.out().println(json(analysis, pairs, millis));
        } else {
            text(analysis, pairs, millis);
        }
        environment.out().flush();
        return ExitCodes.OK;
    }

    /** Parses the selected files the way {@code check} does, without running the rules. */
    private List<AgentFile> parse() throws RunContext.UsageProblem {
        RunContext context = RunContext.resolve(environment, lint.root(), lint.config(), services);
        FileDiscovery discovery = new FileDiscovery(context.root(), context.config());
        List<Path> targets = lint.paths().isEmpty() ? List.of(environment.cwd()) : lint.paths();
        for (Path target : targets) {
            Path resolved = environment.resolve(target);
            if (!Files.exists(resolved)) {
                throw new RunContext.UsageProblem("no such file or directory: " + target);
            }
            try {
                discovery.add(resolved);
            } catch (IOException e) {
                throw new RunContext.UsageProblem("cannot read " + target + ": " + LintRun.reason(e));
            }
        }
        Config config = lint.maxFileSize() == null ? context.config()
                : context.config().withMaxFileSize(lint.maxFileSize());
        // each file is read when its turn comes, as check reads them, not all held at once
        List<InputFile> inputs = new ArrayList<>();
        for (FileDiscovery.Found found : discovery.files()) {
            if (found.attributes().isRegularFile()) {
                inputs.add(LintRun.input(found, false, config.maxFileSize(), environment.files()));
            } else {
                environment.err().println("agentlint: " + found.path() + ": not a regular file (a pipe or device?); "
                        + "not read");
            }
        }
        List<AgentFile> parsed = new ArrayList<>();
        ProjectRule collect = new ProjectRule() {
            @Override
            public String id() {
                return "scope-overlap";
            }

            @Override
            public void prepare(AgentFile file) {
                ProfileBuilder.of(file);
            }

            @Override
            public List<KeptValue<?>> kept() {
                return List.of(KeptProfiles.PROFILE);
            }

            @Override
            public void check(Project project, ProjectReporter reporter) {
                parsed.addAll(project.files());
            }
        };
        LintResult result = new Linter(List.of(collect), services.catalog(), services.schemas()).lint(inputs, config);
        for (Finding tooLarge : result.findings()) {
            if (tooLarge.ruleId().equals(FileTooLarge.ID)) {
                environment.err().println("agentlint: " + tooLarge.path() + ": " + tooLarge.message());
            }
        }
        result.failures().forEach(failure -> environment.err().println("agentlint: " + failure.path() + ": "
                + failure.message()));
        return parsed;
    }

    /** The scope {@code duplicate-agent-name} uses: one agents directory, else one directory, per platform. */
    static String scope(AgentFile file) {
        String[] parts = file.path().split("/");
        for (int i = parts.length - 2; i >= 0; i--) {
            if (Set.of("agents", "agent", "chatmodes", "modes", "mode").contains(parts[i])) {
                return file.format().platform() + "|" + String.join("/", Arrays.copyOfRange(parts, 0, i));
            }
        }
        int slash = file.path().lastIndexOf('/');
        return file.format().platform() + "|" + (slash < 0 ? "" : file.path().substring(0, slash));
    }

    private void text(OverlapAnalysis analysis, List<OverlapPair> pairs, long millis) {
        var out = environment.out();
        long routable = analysis.profiles().stream().filter(p -> p.autoSelectable()).count();
        out.println(analysis.profiles().size() + " agents (" + routable + " picked automatically), " + pairs.size()
                + (pairs.size() == 1 ? " pair" : " pairs") + " scoring at least " + fmt(minScore) + " (" + millis
                + " ms)");
        if (pairs.isEmpty()) {
            return;
        }
        int width = 5;
        for (OverlapPair pair : pairs) {
            width = Math.max(width, pair.first().name().length());
        }
        width = Math.min(width, 36);
        out.println();
        out.println(String.format(Locale.ROOT, "%-5s  %-5s  %-5s  %-" + width + "s  %-" + width
                + "s  %-16s  %s", "score", "words", "facet", "agent", "agent", "verdict", "shared"));
        for (OverlapPair pair : pairs) {
            out.println(String.format(Locale.ROOT, "%-5s  %-5s  %-5s  %-" + width + "s  %-" + width
                    + "s  %-16s  %s", fmt(pair.score()), fmt(pair.lexical()), fmt(pair.facet()),
                    clip(pair.first().name(), width), clip(pair.second().name(), width), pair.verdict().label(),
                    String.join(", ", pair.shared().subList(0, Math.min(5, pair.shared().size())))));
        }
        out.println();
        out.println("words: TF-IDF cosine of the profiles; facet: shared actions, domains and technologies. "
                + "'agentlint check' reports the overlaps.");
    }

    private String json(OverlapAnalysis analysis, List<OverlapPair> pairs, long millis) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("agents", analysis.profiles().size());
        root.put("minScore", minScore);
        root.put("millis", millis);
        ArrayNode list = root.putArray("pairs");
        for (OverlapPair pair : pairs) {
            ObjectNode node = list.addObject();
            node.put("first", pair.first().name());
            node.put("firstPath", pair.first().file().path());
            node.put("second", pair.second().name());
            node.put("secondPath", pair.second().file().path());
            node.put("score", pair.score());
            node.put("lexical", pair.lexical());
            node.put("facet", pair.facet());
            node.put("body", pair.body());
            node.put("verdict", pair.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            ArrayNode shared = node.putArray("shared");
            pair.shared().forEach(shared::add);
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private int fail(String message) {
        environment.err().println("agentlint: " + message);
        environment.err().flush();
        return ExitCodes.USAGE;
    }
}
