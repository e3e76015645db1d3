package dev.agentlint.bench;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InMemorySavedBytes;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.LintResult;
import dev.agentlint.engine.Linter;
import dev.agentlint.engine.ResultCache;
import dev.agentlint.model.SourceLines;
import dev.agentlint.report.Report;
import dev.agentlint.report.TextFormatter;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A rerun over unchanged files with the result cache a first run saved: the saved cache's index read, each file's
 * results taken from its entry (its size and time are those of the entry, so it is not read), the comparisons'
 * findings taken from theirs, and the text report written with the lines the entries keep for its code frames. The
 * time is per rerun over the Markdown files under {@code dir}, the fixtures unless {@code -p dir=...} names a
 * collection of agents; without the file system's walk, which a run adds. The work runs on one thread but for the
 * comparisons' findings, which a run decodes on the common pool while the files' results are taken.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RerunBenchmark extends LauncherJvmBenchmark {

    /** When the first run started; the files were last modified a minute before, so their times vouch for them. */
    private static final long FIRST_RUN = 1_700_000_000_000L;
    private static final long MODIFIED = FIRST_RUN - 60_000;

    @Param("fixtures")
    public String dir;

    private final List<InputFile> files = new ArrayList<>();
    /** How often a file's bytes were asked for: a rerun over unchanged files asks for none. */
    final AtomicInteger reads = new AtomicInteger();
    private Linter linter;
    private String fingerprint;
    private byte[] saved;
    private ForkJoinPool oneThread;

    @Setup
    public void load() {
        AgentTexts texts = AgentTexts.under(dir);
        for (int i = 0; i < texts.paths().size(); i++) {
            byte[] content = texts.contents().get(i);
            files.add(new InputFile(texts.paths().get(i), () -> {
                reads.incrementAndGet();
                return content;
            }, Optional.empty(), false, content.length, MODIFIED));
        }
        linter = new Linter(Rules.all(), RuleCatalog.load(Rules.all()), new SchemaSet());
        fingerprint = linter.fingerprint("bench", Config.defaults());
        oneThread = new ForkJoinPool(1);
        ResultCache first = ResultCache.empty(fingerprint, FIRST_RUN);
        oneThread.submit(() -> lint(first)).join();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            first.toSave(path -> true).orElseThrow().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        saved = out.toByteArray();
    }

    @TearDown
    public void close() {
        oneThread.shutdown();
    }

    /** The rerun and its text report; answers how many bytes the report took. */
    @Benchmark
    public long rerunWithTextReport() {
        return oneThread.submit(() -> {
            ResultCache cache = savedCache();
            LintResult result = lint(cache);
            Map<String, SourceLines> framed = cache.reusedLines();
            TextFormatter text = new TextFormatter(path -> path,
                    (path, lines) -> framed.getOrDefault(path, SourceLines.NONE)::line, false, true);
            CountingStream out = new CountingStream();
            text.write(new Report(result, List.of(), Duration.ZERO), out, true);
            return out.count;
        }).join();
    }

    /** The findings of a rerun, for the test that checks what the benchmark does. */
    LintResult rerun() {
        return oneThread.submit(() -> lint(savedCache())).join();
    }

    /** The findings of a run without the cache. */
    LintResult withoutCache() {
        return oneThread.submit(() -> linter.lint(files, Config.defaults())).join();
    }

    private LintResult lint(ResultCache cache) {
        return linter.lint(files, Config.defaults(), cache);
    }

    private ResultCache savedCache() throws IOException {
        return ResultCache.read(new InMemorySavedBytes(saved), fingerprint, FIRST_RUN + 60_000);
    }

    /** Takes the report's bytes and keeps only their number. */
    private static final class CountingStream extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
