package dev.agentlint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.engine.LintResult;
import org.junit.jupiter.api.Test;

/** Each benchmark, run once on the fixtures, does the work it is named for, so a benchmark run measures something. */
class BenchmarksTest {

    @Test
    void theLintBenchmarksLintTheFixtures() {
        LintBenchmark benchmark = new LintBenchmark();
        benchmark.dir = "fixtures";
        benchmark.load();
        try {
            LintResult all = benchmark.allFilesTogether();
            assertTrue(all.findings().size() > 100, "the fixtures make many findings: " + all.findings().size());
            assertTrue(all.findings().stream().anyMatch(f -> f.ruleId().equals("scope-overlap")),
                    "the cross-agent rules run on the set");
            int alone = benchmark.eachFileAlone();
            assertTrue(alone > 100, "each file alone makes its own findings: " + alone);
            assertTrue(alone < all.findings().size(), "but not those about pairs of agents");
        } finally {
            benchmark.close();
        }
    }

    @Test
    void theRerunBenchmarkTakesEveryResultFromTheCacheAndReportsThem() {
        RerunBenchmark benchmark = new RerunBenchmark();
        benchmark.dir = "fixtures";
        benchmark.load();
        try {
            LintResult plain = benchmark.withoutCache();
            int readsBefore = benchmark.reads.get();
            assertEquals(plain, benchmark.rerun(), "a rerun finds what a run without the cache finds");
            long reportBytes = benchmark.rerunWithTextReport();
            assertEquals(readsBefore, benchmark.reads.get(), "no file is read again");
            assertTrue(reportBytes > 100L * plain.findings().size(), "each finding is reported with its frame: "
                    + reportBytes + " bytes for " + plain.findings().size());
        } finally {
            benchmark.close();
        }
    }

    @Test
    void theTextBenchmarksFindWhatTheyLookFor() {
        TextBenchmark benchmark = new TextBenchmark();
        benchmark.dir = "fixtures";
        benchmark.load();
        assertTrue(benchmark.readMarkdown() > 500, "blocks");
        assertTrue(benchmark.analyseProse() > 500, "statements");
        assertTrue(benchmark.findPhrase() > 0, "hand-offs");
    }
}
