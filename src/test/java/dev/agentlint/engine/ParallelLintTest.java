package dev.agentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.config.Config;
import dev.agentlint.model.Finding;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * A run's findings do not depend on how many threads check the files or in what order the files come: every
 * fixture agent, placed in one directory so that their routing pool is too large to compare pair by pair, gives
 * the same findings on one thread, on the common pool and on four threads with the files shuffled.
 */
class ParallelLintTest {

    private final Linter linter = new Linter(Rules.all(), RuleCatalog.load(Rules.all()), new SchemaSet());

    @Test
    void findingsAreTheSameWhateverTheThreadsAndTheOrderOfTheFiles() throws Exception {
        List<InputFile> files = FixtureAgents.all();
        Config config = Config.defaults().withStrict(true);

        List<Finding> oneThread = lintIn(new ForkJoinPool(1), files, config);
        List<Finding> commonPool = linter.lint(files, config).findings();
        List<InputFile> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(7));
        List<Finding> fourThreads = lintIn(new ForkJoinPool(4), shuffled, config);

        assertTrue(oneThread.stream().anyMatch(f -> f.ruleId().equals("scope-overlap")),
                "the agents are compared with each other");
        assertEquals(oneThread, commonPool);
        assertEquals(oneThread, fourThreads);
    }

    /** Parallel work started inside a pool's task runs in that pool. */
    private List<Finding> lintIn(ForkJoinPool pool, List<InputFile> files, Config config) throws Exception {
        try {
            return pool.submit(() -> linter.lint(files, config).findings()).get();
        } finally {
            pool.shutdown();
        }
    }
}
