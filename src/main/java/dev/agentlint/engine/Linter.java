package dev.agentlint.engine;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;
import dev.agentlint.config.Config;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.Finding;
import dev.agentlint.model.SourceLines;
import dev.agentlint.model.Span;
import dev.agentlint.parallel.InOrder;
import dev.agentlint.parse.Decoder;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.ProjectRule;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rule.Rule;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rule.SeverityPolicy;
import dev.agentlint.rules.FileTooLarge;
import dev.agentlint.rules.InvalidEncoding;
import dev.agentlint.rules.UnusedSuppression;
import dev.agentlint.rules.overlap.OverlapAnalysis;
import dev.agentlint.schema.SchemaSet;
import dev.agentlint.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The pure core: files and configuration in, sorted and de-duplicated findings out. */
public final class Linter {

    static final int MAX_PER_RULE_AND_FILE = 100;

    private final List<? extends Rule> rules;
    private final RuleSet all;
    private final RuleCatalog catalog;
    private final AgentFileParser parser;
    private final SuppressionFilter suppressionFilter;
    private final Vocabularies vocabularies = new Vocabularies();

    public Linter(List<? extends Rule> rules, RuleCatalog catalog, SchemaSet schemas) {
        this.rules = List.copyOf(rules);
        this.catalog = catalog;
        this.parser = new AgentFileParser(schemas, vocabularies);
        this.suppressionFilter = new SuppressionFilter(
                rules.stream().map(Rule::id).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        this.all = RuleSet.of(this.rules);
    }

    /**
     * What one run works with: its configuration, the rules it leaves on, and the cache, if any.
     *
     * @param compared whether the run has files to compare with each other, so project rules prepare each file
     * @param storedProjectKey the key of the project rules' findings in the cache when they are probably this
     *     run's, the files having the bytes of their entries (null otherwise); files are then restored without
     *     their agents, which only project rules need
     * @param recordsContext whether context files are checked and recorded too, unreported: with a cache, when the
     *     checked files are compared with every context agent, which analyses each of them anyway
     */
    private record Run(Config config, SeverityPolicy policy, RuleSet rules, boolean compared, ResultCache cache,
            byte[] storedProjectKey, boolean recordsContext) {

        Run withAgents() {
            return new Run(config, policy, rules, compared, cache, null, recordsContext);
        }

        boolean agentsDeferred() {
            return storedProjectKey != null;
        }
    }

    public LintResult lint(List<InputFile> files, Config config) {
        return lint(files, config, null);
    }

    /**
     * What results depend on besides a file's bytes: the build of agentlint, the rules and the configuration. A
     * {@link ResultCache} is only used for runs with the fingerprint it was made with.
     */
    public String fingerprint(String buildId, Config config) {
        return buildId + "\n" + rules.stream().map(Rule::id).toList() + "\n" + config.fingerprint();
    }

    /**
     * Lints with the results of earlier runs: a file whose bytes are those of its entry in {@code cache} is not
     * checked again, and each file checked is recorded in it.
     *
     * @param cache the cache, or {@code null} for a run without one
     */
    public LintResult lint(List<InputFile> given, Config config, ResultCache cache) {
        List<InputFile> files = cache == null ? given : cache.withStoredPaths(given);
        SeverityPolicy policy = policy(config);
        long contextFiles = files.stream().filter(InputFile::context).count();
        Run run = new Run(config, policy, all.without(config::offEverywhere), files.size() > 1, cache,
                storedProjectKey(files, cache),
                cache != null && contextFiles <= OverlapAnalysis.CONTEXT_IN_FULL);
        StoredProjectFindings stored = run.agentsDeferred()
                ? new StoredProjectFindings(cache, run.storedProjectKey(), files.stream().map(InputFile::path).toList())
                : null;
        List<FileOutcome> phaseOne = InOrder.map(files, input -> outcome(input, run));
        List<FileFailure> failures = new ArrayList<>();
        List<FileOutcome> outcomes = checkProject(files, phaseOne, run, stored, failures);
        List<List<Finding>> reported = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome.failure != null) {
                failures.add(outcome.failure);
            } else if (!outcome.context) {
                applySuppressions(outcome, policy, suppressed, failures);
                reported.add(outcome.findings);
            }
        }
        if (!config.strict()) {
            suppressed.removeIf(s -> s.finding().confidence() != Confidence.HIGH);
        }
        List<Finding> unique = new ArrayList<>();
        InOrder.map(reported, findings -> shown(findings, config.strict())).forEach(unique::addAll);
        // each file's findings are in order already, so this only merges them, in whatever order the files came
        unique.sort(Finding.ORDER);
        // lambdas of agentlint's own rather than Comparator.comparing, whose classes are generated on first use
        suppressed.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
        failures.sort((a, b) -> a.path().compareTo(b.path()));
        return new LintResult(unique, suppressed, failures,
                (int) outcomes.stream().filter(o -> !o.context && o.read).count());
    }

    /** One file's findings as reported: each once, in order, only those of high confidence unless strict. */
    private static List<Finding> shown(List<Finding> findings, boolean strict) {
        List<Finding> sorted = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (strict || finding.confidence() == Confidence.HIGH) {
                sorted.add(finding);
            }
        }
        sorted.sort(Finding.ORDER);
        return capPerRuleAndFile(withoutRepeats(sorted));
    }

    /**
     * Sorted findings, each once: equal findings are in order with each other, so a finding is only compared with
     * those before it that the order cannot tell from it, not hashed (a hundred thousand findings in a large run).
     * The sort is stable, so the first of equal findings is the one made first.
     */
    private static List<Finding> withoutRepeats(List<Finding> sorted) {
        List<Finding> unique = new ArrayList<>(sorted.size());
        int tiedFrom = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Finding finding = sorted.get(i);
            if (i > 0 && Finding.ORDER.compare(sorted.get(i - 1), finding) != 0) {
                tiedFrom = unique.size();
            }
            boolean repeated = false;
            for (int j = tiedFrom; j < unique.size() && !repeated; j++) {
                repeated = unique.get(j).equals(finding);
            }
            if (!repeated) {
                unique.add(finding);
            }
        }
        return unique;
    }

    /**
     * Keeps the first {@value #MAX_PER_RULE_AND_FILE} findings of each rule in each file and says how many more
     * there are, so that one generated file with a hundred thousand keys cannot flood a report.
     */
    private static List<Finding> capPerRuleAndFile(List<Finding> sorted) {
        // one file's findings, so the rule tells them apart
        Map<String, Integer> seen = new java.util.HashMap<>();
        Map<String, Finding> firstDropped = new LinkedHashMap<>();
        List<Finding> kept = new ArrayList<>(sorted.size());
        for (Finding finding : sorted) {
            int count = seen.merge(finding.ruleId(), 1, Integer::sum);
            if (count <= MAX_PER_RULE_AND_FILE) {
                kept.add(finding);
            } else {
                firstDropped.putIfAbsent(finding.ruleId(), finding);
            }
        }
        if (firstDropped.isEmpty()) {
            return kept;
        }
        firstDropped.forEach((rule, first) -> kept.add(new Finding(rule, first.severity(), first.confidence(),
                (seen.get(rule) - MAX_PER_RULE_AND_FILE) + " more " + rule + " findings in this file are not shown",
                first.path(), first.span(), List.of())));
        kept.sort(Finding.ORDER);
        return kept;
    }

    /**
     * One file and the findings made about it so far. A context file's findings are never reported; a file too
     * large to read has no parsed form; a file whose checking failed has only the failure; a file that could not
     * be read was not checked at all.
     */
    private record FileOutcome(String path, AgentFile file, List<Finding> findings, boolean context,
            FileFailure failure, List<Suppression> suppressions, boolean read, byte[] digest, boolean deferred) {

        FileOutcome(String path, AgentFile file, List<Finding> findings, boolean context, FileFailure failure) {
            this(path, file, findings, context, failure, List.of(), true, null, false);
        }

        static FileOutcome unread(InputFile input, String reason) {
            return new FileOutcome(input.path(), null, List.of(), input.context(), input.context() ? null
                    : new FileFailure(input.path(), "cannot read file: " + reason), List.of(), false, null, false);
        }
    }

    /** A file checked, or restored from the cache; a file compared with others is prepared for project rules. */
    private FileOutcome outcome(InputFile input, Run run) {
        Config config = run.config();
        ResultCache cache = run.cache();
        try {
            if (input.size() > config.maxFileSize()) {
                return tooLarge(input, input.size(), run);
            }
            FileOutcome unchanged = cache == null ? null : unchanged(input, run);
            if (unchanged != null) {
                return unchanged;
            }
            byte[] content;
            try {
                content = input.content().read();
            } catch (java.io.IOException e) {
                return FileOutcome.unread(input, e.getMessage());
            }
            if (content.length > config.maxFileSize()) {
                return tooLarge(input, content.length, run);
            }
            byte[] digest = cache == null ? null : ResultCache.digest(input, content);
            // a file that changed between being seen and being read has bytes its size and time do not vouch for
            long modified = content.length == input.size() ? input.modified() : InputFile.UNKNOWN_TIME;
            FileOutcome restored = digest == null ? null : restored(input, digest, modified, run);
            if (restored != null) {
                return restored;
            }
            // a context file may be checked too (see context)
            AgentFile file = parser.parse(input, content, config, !input.context() || run.recordsContext());
            if (input.context()) {
                return context(input, file, digest, modified, run);
            }
            Checked checked = check(input, file, digest, modified, run);
            return new FileOutcome(input.path(), file, checked.findings(), false, null, checked.suppressions(), true,
                    digest, false);
        } catch (RuntimeException | StackOverflowError e) {
            return new FileOutcome(input.path(), null, List.of(), input.context(),
                    input.context() ? null : failure(input.path(), e));
        }
    }

    private record Checked(List<Finding> findings, List<Suppression> suppressions) {
    }

    /** Checks a file, prepares it for project rules when agents are compared, and records it in the cache if any. */
    private static Checked check(InputFile input, AgentFile file, byte[] digest, long modified, Run run) {
        List<Finding> findings = new ArrayList<>();
        List<Suppression> suppressions = Suppressions.read(file);
        checkFile(file, run, findings);
        findings.removeIf(finding -> !kept(finding, run.config(), suppressions));
        if (run.compared()) {
            prepareForProject(file, run);
        }
        // the entry holds lines of the file's text, which is released once the file is prepared
        byte[] entry = digest == null ? null : CachedFile.write(file, findings, suppressions, run.rules().kept());
        if (run.compared()) {
            file.release(run.rules().keptTypes());
        }
        if (entry != null) {
            run.cache().record(input.path(), digest, entry, input.size(), modified);
        }
        return new Checked(findings, suppressions);
    }

    /**
     * A context file, whose findings are never reported. When the run records context it is checked all the same
     * and recorded, so that the next run (a hook run on another file) restores it instead of reading and analysing
     * it again; if that check fails, the file stays context alone, as in a run without the cache.
     */
    private static FileOutcome context(InputFile input, AgentFile file, byte[] digest, long modified, Run run) {
        if (run.recordsContext()) {
            try {
                check(input, file, digest, modified, run);
            } catch (RuntimeException | StackOverflowError e) {
                // the comparisons still have the agent; only the next run reads it again
            }
        }
        return new FileOutcome(input.path(), file, new ArrayList<>(), true, null, List.of(), true, digest, false);
    }

    /** A file whose size and time say it is as its cache entry was made, restored without reading it. */
    private FileOutcome unchanged(InputFile input, Run run) {
        byte[] digest = run.cache().unchanged(input.path(), input.size(), input.modified());
        return digest == null ? null : restored(input, digest, input.modified(), run);
    }

    /**
     * A file as an earlier run that checked it left it, if its entry fits this run: a file compared with others
     * needs what project rules keep, which a run of one file does not prepare. A damaged entry is no entry.
     *
     * @param modified the file's modification time when its bytes were seen, kept with the entry for the next run
     */
    private FileOutcome restored(InputFile input, byte[] digest, long modified, Run run) {
        ResultCache cache = run.cache();
        CachedFile cached;
        try {
            cached = cache.read(input.path(), digest, (bytes, offset, length) -> run.agentsDeferred()
                    ? new CachedFile(null, CachedFile.readOwn(bytes, offset, length, input.path()))
                    : readWithAgent(bytes, offset, length, input.path(), run));
        } catch (RuntimeException e) {
            return null;
        }
        if (cached == null) {
            return null;
        }
        CachedFile.Own own = cached.own();
        AgentFile file = cached.file();
        if (!own.prepared() && run.compared()) {
            return null;
        }
        boolean context = input.context();
        cache.reuse(input.path(), input.size(), modified, context ? SourceLines.NONE : own.lines());
        return new FileOutcome(input.path(), file, context ? new ArrayList<>() : own.findings(), context, null,
                context ? List.of() : own.suppressions(), true, digest, file == null);
    }

    /** A file restored without its agent, now with it, for project rules; checked again if its entry fails. */
    private FileOutcome withAgent(InputFile input, FileOutcome deferred, Run run) {
        CachedFile cached;
        try {
            cached = run.cache().read(input.path(), deferred.digest,
                    (bytes, offset, length) -> readWithAgent(bytes, offset, length, input.path(), run));
        } catch (RuntimeException e) {
            cached = null;
        }
        return cached == null ? outcome(input, run.withAgents()) : new FileOutcome(deferred.path, cached.file(),
                deferred.findings, deferred.context, null, deferred.suppressions, true, deferred.digest, false);
    }

    private CachedFile readWithAgent(byte[] bytes, int offset, int length, String path, Run run) {
        return CachedFile.read(bytes, offset, length, path, vocabularies, run.config(), run.rules().kept());
    }

    /**
     * The key of what project rules found, if it is probably in the cache: the files have entries, and the stored
     * findings are those of these files with those entries' bytes; otherwise null. Then files are restored without
     * their agents, which are read only if a file turns out to have changed.
     */
    private static byte[] storedProjectKey(List<InputFile> files, ResultCache cache) {
        if (cache == null) {
            return null;
        }
        ResultCache.KeyBuilder key = ResultCache.key();
        for (InputFile file : files) {
            byte[] digest = cache.storedDigest(file.path());
            if (digest == null) {
                return null;
            }
            key.add(file.path(), digest, file.context());
        }
        byte[] built = key.build();
        return cache.storesProject(built) ? built : null;
    }

    /**
     * Whether a finding is kept as it is made. Without {@code --strict} only high-confidence findings are reported
     * and the rest are dropped at the end; they are dropped at once unless the file has suppression comments, which
     * may match them (a suppression that matches only such a finding is still used). A large run then does not keep
     * thousands of findings nobody sees.
     */
    private static boolean kept(Finding finding, Config config, List<Suppression> suppressions) {
        return config.strict() || !suppressions.isEmpty() || finding.confidence() == Confidence.HIGH;
    }

    private static FileOutcome tooLarge(InputFile input, long size, Run run) {
        List<Finding> tooLarge = new ArrayList<>();
        new Reporter(FileTooLarge.ID, input.path(), run.policy(), tooLarge::add).report(Span.point(1, 1),
                "file is " + size + " bytes, more than max-file-size (" + run.config().maxFileSize()
                        + "); it was not checked");
        return new FileOutcome(input.path(), null, tooLarge, input.context(), null);
    }

    private static FileFailure failure(String path, Throwable e) {
        String what = e instanceof StackOverflowError ? "the file nests too deeply" : e.toString();
        return new FileFailure(path, "agentlint could not check this file (" + what + "); please report it");
    }

    private static void checkFile(AgentFile file, Run run, List<Finding> findings) {
        boolean textUnavailable = file.encodingIssue().map(i -> i.problem().kind() != Decoder.EncodingProblem.Kind
                .INVALID_UTF8).orElse(false);
        for (Rule rule : run.rules().rules()) {
            if (rule instanceof FileRule fileRule && (!textUnavailable || rule.id().equals(InvalidEncoding.ID))) {
                fileRule.check(file, new Reporter(rule.id(), file.path(), run.policy(), findings::add));
            }
        }
    }

    private static void prepareForProject(AgentFile file, Run run) {
        for (Rule rule : run.rules().rules()) {
            if (rule instanceof ProjectRule projectRule) {
                projectRule.prepare(file);
            }
        }
    }

    private void applySuppressions(FileOutcome outcome, SeverityPolicy policy, List<SuppressedFinding> suppressed,
            List<FileFailure> failures) {
        if (outcome.file == null && !outcome.deferred) {
            return;
        }
        try {
            List<SuppressedFinding> silenced = new ArrayList<>();
            Reporter unused = new Reporter(UnusedSuppression.ID, outcome.path, policy, outcome.findings::add);
            suppressionFilter.apply(outcome.suppressions, outcome.findings, silenced, unused,
                    ruleId -> policy.severity(ruleId, outcome.path, null).isEmpty());
            suppressed.addAll(silenced);
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(failure(outcome.path, e));
        }
    }

    /**
     * Runs the project rules, or takes what they found from the cache when an earlier run had the same files with
     * the same bytes (a rerun where no agent changed), and records what they found for the next run. Returns the
     * outcomes, those restored without their agents given them when the rules run after all.
     *
     * @param stored the stored findings being read since the run started, when they were probably its own
     */
    private List<FileOutcome> checkProject(List<InputFile> files, List<FileOutcome> restoredOrChecked, Run run,
            StoredProjectFindings stored, List<FileFailure> failures) {
        ResultCache cache = run.cache();
        byte[] key = cache == null ? null : projectKey(restoredOrChecked, run);
        // the stored key itself when every file turned out to have the bytes of its entry
        boolean storedKey = key != null && key == run.storedProjectKey();
        if (stored != null && !storedKey) {
            stored.drop();
        }
        List<List<Finding>> known = storedKey ? stored.take() : key == null ? null
                : CachedProject.read(cache.lookupProject(key), restoredOrChecked.stream().map(o -> o.path).toList());
        if (known != null) {
            for (int i = 0; i < restoredOrChecked.size(); i++) {
                restoredOrChecked.get(i).findings.addAll(known.get(i));
            }
            cache.reuseProject();
            return restoredOrChecked;
        }
        List<FileOutcome> outcomes = !run.agentsDeferred() ? restoredOrChecked : InOrder.map(files.size(), i -> {
            FileOutcome outcome = restoredOrChecked.get(i);
            return outcome.deferred ? withAgent(files.get(i), outcome, run) : outcome;
        });
        int[] before = outcomes.stream().mapToInt(outcome -> outcome.findings.size()).toArray();
        runProjectRules(outcomes, run, failures);
        if (key != null && failures.isEmpty()) {
            List<List<Finding>> found = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                List<Finding> findings = outcomes.get(i).findings;
                found.add(findings.subList(before[i], findings.size()));
            }
            cache.recordProject(key, CachedProject.write(found));
        }
        return outcomes;
    }

    /**
     * What the project rules' findings depend on besides the configuration and the build: every file's path, bytes
     * and part in the run (checked or context). Null when a file was not read or failed, whose results are not kept.
     * When every file turned out to have the bytes of its entry, it is the stored key the run started from.
     */
    private static byte[] projectKey(List<FileOutcome> outcomes, Run run) {
        if (run.agentsDeferred() && outcomes.stream().allMatch(outcome -> outcome.failure == null
                && outcome.digest != null && Arrays.equals(outcome.digest, run.cache().storedDigest(outcome.path)))) {
            return run.storedProjectKey();
        }
        ResultCache.KeyBuilder key = ResultCache.key();
        for (FileOutcome outcome : outcomes) {
            if (outcome.digest == null || outcome.failure != null) {
                return null;
            }
            key.add(outcome.path, outcome.digest, outcome.context);
        }
        return key.build();
    }

    private static void runProjectRules(List<FileOutcome> outcomes, Run run, List<FileFailure> failures) {
        Map<AgentFile, FileOutcome> byFile = new IdentityHashMap<>();
        List<AgentFile> parsed = new ArrayList<>();
        Set<AgentFile> context = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (FileOutcome outcome : outcomes) {
            if (outcome.file != null && outcome.failure == null) {
                byFile.put(outcome.file, outcome);
                parsed.add(outcome.file);
                if (outcome.context) {
                    context.add(outcome.file);
                }
            }
        }
        Project project = new Project(parsed, context, run.config());
        for (Rule rule : run.rules().rules()) {
            if (rule instanceof ProjectRule projectRule) {
                try {
                    projectRule.check(project, (file, issue) -> {
                        FileOutcome outcome = byFile.get(file);
                        new Reporter(rule.id(), file.path(), run.policy(), finding -> {
                            if (kept(finding, run.config(), outcome.suppressions)) {
                                outcome.findings.add(finding);
                            }
                        }).report(issue);
                    });
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(new FileFailure(".", "agentlint could not run " + rule.id() + " (" + e
                            + "); please report it"));
                }
            }
        }
    }

    private SeverityPolicy policy(Config config) {
        return (ruleId, path, requested) -> {
            Optional<dev.agentlint.config.Level> configured = config.level(ruleId, path);
            if (configured.isPresent()) {
                return configured.get().severity();
            }
            return Optional.of(requested != null ? requested : catalog.get(ruleId).severity());
        };
    }
}
