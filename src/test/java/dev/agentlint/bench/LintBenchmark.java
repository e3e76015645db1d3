package dev.agentlint.bench;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.LintResult;
import dev.agentlint.engine.Linter;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The core ({@code files + config -> findings}, every rule) on files held in memory, on one thread: each file
 * alone (a hook passing one changed agent) and all of them as one project (a CI run over a repository); times are
 * per pass over the files. The files are the Markdown files under {@code dir}, the fixtures unless
 * {@code -p dir=...} names a collection of real agents.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LintBenchmark extends LauncherJvmBenchmark {

    @Param("fixtures")
    public String dir;

    private final List<InputFile> files = new ArrayList<>();
    private Linter linter;
    /** The linter's parallel work runs on this pool's one thread, so a result is one thread's time. */
    private ForkJoinPool oneThread;

    @Setup
    public void load() {
        AgentTexts texts = AgentTexts.under(dir);
        for (int i = 0; i < texts.paths().size(); i++) {
            files.add(new InputFile(texts.paths().get(i), texts.contents().get(i), Optional.empty()));
        }
        linter = new Linter(Rules.all(), RuleCatalog.load(Rules.all()), new SchemaSet());
        oneThread = new ForkJoinPool(1);
    }

    @TearDown
    public void close() {
        oneThread.shutdown();
    }

    /** Every file linted alone, one after another: the time per set, each file's share its time alone. */
    @Benchmark
    public int eachFileAlone() {
        int findings = 0;
        for (InputFile file : files) {
            findings += lint(List.of(file)).findings().size();
        }
        return findings;
    }

    /** All files as one project, the cross-agent rules included: the time per set. */
    @Benchmark
    public LintResult allFilesTogether() {
        return lint(files);
    }

    private LintResult lint(List<InputFile> input) {
        return oneThread.submit(() -> linter.lint(input, Config.defaults())).join();
    }
}
