package dev.agentlint.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.config.Config;
import dev.agentlint.model.Finding;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.ProjectRule;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rule.Rule;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.rules.overlap.OverlapAnalysis;
import dev.agentlint.schema.SchemaSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A run that takes files from the result cache reports exactly what a run without it reports, checks again only the
 * files that changed, and trusts nothing it cannot vouch for: another build, other settings, damaged bytes.
 */
class ResultCacheTest {

    private static final String BUILD = "build-1";
    private static final Config STRICT = Config.defaults().withStrict(true);
    /** When the runs of these tests start, in milliseconds since the epoch. */
    private static final long NOW = 1_800_000_000_000L;

    private static List<InputFile> fixtures;

    /** The files whose own checks ran, by path; a file taken from the cache is not among them. */
    private final Set<String> checked = ConcurrentHashMap.newKeySet();
    private final AtomicInteger checks = new AtomicInteger();
    /** A file whose own checks fail, as a bug in a rule would make them; null for none. */
    private volatile String failing;
    /** How many times project rules compared a run's agents. */
    private final AtomicInteger projectChecks = new AtomicInteger();
    private final Linter linter = countingLinter();

    @BeforeAll
    static void readFixtures() throws IOException {
        fixtures = FixtureAgents.all();
    }

    private Linter countingLinter() {
        List<Rule> rules = new ArrayList<>(Rules.all());
        rules.replaceAll(rule -> rule instanceof ProjectRule
                ? RecordedRules.recorded(rule, id -> projectChecks.incrementAndGet()) : rule);
        rules.add(new FileRule() {
            @Override
            public String id() {
                return "file-too-large";
            }

            @Override
            public void check(AgentFile file, Reporter reporter) {
                if (file.path().equals(failing)) {
                    throw new IllegalStateException("a rule's bug");
                }
                checked.add(file.path());
                checks.incrementAndGet();
            }
        });
        return new Linter(rules, RuleCatalog.load(Rules.all()), new SchemaSet());
    }

    private ResultCache cacheAfter(List<InputFile> files, Config config) {
        ResultCache cache = ResultCache.empty(linter.fingerprint(BUILD, config));
        linter.lint(files, config, cache);
        return reread(cache, path -> true, linter.fingerprint(BUILD, config));
    }

    @Test
    void aRunFromTheCacheReportsWhatARunWithoutItReportsAndChecksNothingAgain() {
        for (Config config : List.of(Config.defaults(), STRICT)) {
            LintResult plain = linter.lint(fixtures, config);
            ResultCache warm = cacheAfter(fixtures, config);
            checked.clear();
            projectChecks.set(0);

            assertEquals(plain, linter.lint(fixtures, config, warm));
            assertEquals(Set.of(), checked);
            assertEquals(0, projectChecks.get(), "no agent changed, so what project rules found is reused");
            assertTrue(warm.toSave(path -> true).isEmpty(), "nothing new to save");
        }
        assertTrue(linter.lint(fixtures, STRICT).findings().stream().anyMatch(f -> f.ruleId().equals("scope-overlap")),
                "agents are compared from their cached profiles");
    }

    @Test
    void onlyAChangedFileIsCheckedAgain() {
        ResultCache warm = cacheAfter(fixtures, STRICT);
        List<InputFile> edited = new ArrayList<>(fixtures);
        InputFile first = edited.get(0);
        edited.set(0, InputFile.of(first.path(), "---\nname: renamed\ndescription: Reviews code\ntools: Reed\n---\n"
                + "Review the diff.\n"));
        LintResult plain = linter.lint(edited, STRICT);
        checked.clear();
        projectChecks.set(0);

        LintResult cached = linter.lint(edited, STRICT, warm);

        assertEquals(Set.of(first.path()), checked);
        assertTrue(projectChecks.get() > 0, "an agent changed, so agents are compared again");
        assertEquals(plain, cached);
        assertTrue(cached.findings().stream().anyMatch(f -> f.path().equals(first.path())
                && f.ruleId().equals("unknown-tool")), "the edit's finding is reported");
    }

    @Test
    void aFileWithTheSizeAndTimeOfItsEntryIsNotReadAgain() {
        String fingerprint = linter.fingerprint(BUILD, STRICT);
        AtomicInteger reads = new AtomicInteger();
        long settled = NOW - 60_000;
        ResultCache cache = ResultCache.empty(fingerprint, NOW);
        LintResult plain = linter.lint(seen(fixtures, settled, reads), STRICT, cache);
        ResultCache warm = read(saved(cache, path -> true), fingerprint, NOW + 60_000);
        reads.set(0);
        checked.clear();

        assertEquals(plain, linter.lint(seen(fixtures, settled, reads), STRICT, warm));
        assertEquals(0, reads.get(), "no file was read");
        assertEquals(Set.of(), checked);

        assertEquals(plain, linter.lint(seen(fixtures, settled + 1, reads), STRICT, warm));
        assertEquals(fixtures.size(), reads.get(), "another time: read, and reused since the bytes are the same");
        assertEquals(Set.of(), checked);
    }

    @Test
    void aFileWhoseTimeChangedButNotItsBytesIsReadOnceAndThenNoMore() {
        String fingerprint = linter.fingerprint(BUILD, STRICT);
        AtomicInteger reads = new AtomicInteger();
        long settled = NOW - 60_000;
        ResultCache cache = ResultCache.empty(fingerprint, NOW);
        LintResult plain = linter.lint(seen(fixtures, settled, reads), STRICT, cache);
        ResultCache touched = read(saved(cache, path -> true), fingerprint, NOW + 60_000);
        assertEquals(plain, linter.lint(seen(fixtures, settled + 1_000, reads), STRICT, touched));
        ResultCache next = read(saved(touched, path -> true), fingerprint, NOW + 120_000);
        reads.set(0);
        checked.clear();

        assertEquals(plain, linter.lint(seen(fixtures, settled + 1_000, reads), STRICT, next));
        assertEquals(0, reads.get(), "the entries learned the files' new time");
        assertEquals(Set.of(), checked);
    }

    @Test
    void aFileChangedJustBeforeTheRunIsReadNextTimeWhateverItsTime() {
        String fingerprint = linter.fingerprint(BUILD, STRICT);
        AtomicInteger reads = new AtomicInteger();
        long recent = NOW - 500;
        ResultCache cache = ResultCache.empty(fingerprint, NOW);
        linter.lint(seen(fixtures, recent, reads), STRICT, cache);
        ResultCache warm = read(saved(cache, path -> true), fingerprint, NOW + 60_000);
        reads.set(0);

        linter.lint(seen(fixtures, recent, reads), STRICT, warm);

        assertEquals(fixtures.size(), reads.get(), "a time within the file system's resolution vouches for nothing");
    }

    @Test
    void aRerunGivesAllFindingsOfAFileOnePathString() {
        String fingerprint = linter.fingerprint(BUILD, STRICT);
        long settled = NOW - 60_000;
        ResultCache cache = ResultCache.empty(fingerprint, NOW);
        linter.lint(seen(fixtures, settled, new AtomicInteger()), STRICT, cache);
        List<InputFile> edited = new ArrayList<>(seen(fixtures, settled, new AtomicInteger()));
        InputFile first = edited.get(0);
        edited.set(0, InputFile.of(first.path(), "---\nname: renamed\ndescription: Reviews code\n---\nReview it.\n"));

        for (List<InputFile> files : List.of(seen(fixtures, settled, new AtomicInteger()), edited)) {
            ResultCache warm = read(saved(cache, path -> true), fingerprint, NOW + 60_000);
            // paths as a new walk of the files gives them: equal strings, never the cache's
            List<InputFile> walked = files.stream().map(file -> file.withPath(new String(file.path()))).toList();
            List<InputFile> asStored = warm.withStoredPaths(walked);
            for (int i = 0; i < walked.size(); i++) {
                assertEquals(walked.get(i).path(), asStored.get(i).path());
                assertTrue(walked.get(i).path() != asStored.get(i).path(), "the string the entry is stored under");
            }
            List<Finding> findings = linter.lint(walked, STRICT, warm).findings();

            assertEquals(linter.lint(files, STRICT).findings(), findings);
            for (int i = 1; i < findings.size(); i++) {
                String path = findings.get(i).path();
                String before = findings.get(i - 1).path();
                assertTrue(!path.equals(before) || path == before, "two strings of " + path);
            }
        }
    }

    /** The files as last seen with modification time {@code modified}, counting how often their bytes are read. */
    private static List<InputFile> seen(List<InputFile> files, long modified, AtomicInteger reads) {
        return files.stream().map(file -> new InputFile(file.path(), () -> {
            reads.incrementAndGet();
            return file.content().read();
        }, file.format(), file.context(), file.size(), modified)).toList();
    }

    @Test
    void aFileWhoseEntryCannotGiveItsAgentIsCheckedAgainWhenTheAgentsAreCompared() throws IOException {
        ResultCache filled = cacheAfter(fixtures, STRICT);
        InputFile broken = fixtures.get(2);
        byte[] digest = ResultCache.digest(broken, broken.content().read());
        byte[] entry = filled.lookup(broken.path(), digest);
        // the entry's own findings still read, but the rest of it does not end where it should
        filled.record(broken.path(), digest, Arrays.copyOf(entry, entry.length + 1), broken.size(), broken.modified());
        ResultCache warm = reread(filled, path -> true, linter.fingerprint(BUILD, STRICT));
        List<InputFile> edited = new ArrayList<>(fixtures);
        InputFile first = edited.get(0);
        edited.set(0, InputFile.of(first.path(), "---\nname: renamed\ndescription: Reviews code\n---\nReview it.\n"));
        LintResult plain = linter.lint(edited, STRICT);
        checked.clear();

        assertEquals(plain, linter.lint(edited, STRICT, warm));
        assertEquals(Set.of(first.path(), broken.path()), checked);
    }

    @Test
    void aHookRunTakesItsContextFromTheCache() {
        ResultCache warm = cacheAfter(fixtures, Config.defaults());
        List<InputFile> hook = hookOn(3);
        LintResult plain = linter.lint(hook, Config.defaults());
        checked.clear();
        projectChecks.set(0);

        assertEquals(plain, linter.lint(hook, Config.defaults(), warm));
        assertEquals(Set.of(), checked);
        assertTrue(projectChecks.get() > 0, "the files' parts differ from the full run's, so agents are compared");

        ResultCache afterHook = reread(warm, path -> true, linter.fingerprint(BUILD, Config.defaults()));
        projectChecks.set(0);
        assertEquals(plain, linter.lint(hook, Config.defaults(), afterHook));
        assertEquals(0, projectChecks.get(), "the same hook run again reuses what project rules found");
    }

    @Test
    void aHookRunRecordsItsContextSoTheNextHookRunChecksNoneOfIt() {
        String fingerprint = linter.fingerprint(BUILD, Config.defaults());
        ResultCache empty = ResultCache.empty(fingerprint);
        LintResult full = linter.lint(fixtures, Config.defaults());
        Set<String> checkedInAFullRun = Set.copyOf(checked);
        // the next run names a file whose front matter has findings, which a context file's check must not miss
        String validated = full.findings().stream().filter(f -> f.ruleId().equals("unknown-field")).findFirst()
                .orElseThrow().path();
        int next = fixtures.stream().map(InputFile::path).toList().indexOf(validated);
        List<InputFile> first = hookOn(next == 3 ? 4 : 3);
        LintResult plain = linter.lint(first, Config.defaults());
        checked.clear();

        assertEquals(plain, linter.lint(first, Config.defaults(), empty), "context is checked but not reported");
        assertEquals(checkedInAFullRun, checked, "the first hook run checks what a full run checks");

        List<InputFile> second = hookOn(next);
        LintResult plainSecond = linter.lint(second, Config.defaults());
        ResultCache filled = reread(empty, path -> true, fingerprint);
        checked.clear();
        assertEquals(plainSecond, linter.lint(second, Config.defaults(), filled));
        assertEquals(Set.of(), checked, "the next hook run, on another file, restores every file");
    }

    @Test
    void aContextFileWhoseCheckFailsIsContextAsWithoutTheCacheAndIsNotRecorded() {
        String fingerprint = linter.fingerprint(BUILD, Config.defaults());
        InputFile planner = InputFile.of(".claude/agents/planner.md", "---\nname: planner\ndescription: Plans "
                + "changes.\n---\nPlan the change, then hand the plan to the helper-agent agent.\n");
        InputFile helper = InputFile.of(".claude/agents/helper-agent.md",
                "---\nname: helper-agent\ndescription: Helps with changes.\n---\nHelp with the change.\n");
        List<InputFile> hook = List.of(planner, asContext(helper));
        LintResult plain = linter.lint(hook, Config.defaults());
        assertTrue(linter.lint(List.of(planner), Config.defaults()).findings().stream()
                .anyMatch(f -> f.ruleId().equals("unknown-agent-reference")), "without the helper, a finding");
        failing = helper.path();
        ResultCache empty = ResultCache.empty(fingerprint);

        assertEquals(plain, linter.lint(hook, Config.defaults(), empty), "the comparisons still have the helper");

        failing = null;
        ResultCache filled = reread(empty, path -> true, fingerprint);
        checked.clear();
        assertEquals(plain, linter.lint(hook, Config.defaults(), filled));
        assertEquals(Set.of(helper.path()), checked, "only the file without an entry is checked again");
    }

    @Test
    void aHookRunAmongMoreAgentsThanAreComparedInFullRecordsOnlyTheFilesItChecks() {
        String fingerprint = linter.fingerprint(BUILD, Config.defaults());
        List<InputFile> hook = new ArrayList<>(List.of(agent("named")));
        for (int i = 0; i <= OverlapAnalysis.CONTEXT_IN_FULL; i++) {
            hook.add(asContext(agent("other-" + i)));
        }
        ResultCache empty = ResultCache.empty(fingerprint);

        assertEquals(linter.lint(hook, Config.defaults()), linter.lint(hook, Config.defaults(), empty));
        ResultCache filled = reread(empty, path -> true, fingerprint);
        assertNotNull(filled.storedDigest(hook.get(0).path()));
        assertNull(filled.storedDigest(hook.get(1).path()), "only related context agents are analysed, so none is "
                + "checked to be recorded");
    }

    private static InputFile agent(String name) {
        return InputFile.of(".claude/agents/" + name + ".md", "---\nname: " + name + "\ndescription: Reviews "
                + name + " changes.\n---\nReview the change.\n");
    }

    /** A pre-commit run: file {@code named} is checked, every other fixture is context. */
    private static List<InputFile> hookOn(int named) {
        List<InputFile> hook = new ArrayList<>();
        for (int i = 0; i < fixtures.size(); i++) {
            hook.add(i == named ? fixtures.get(i) : asContext(fixtures.get(i)));
        }
        return hook;
    }

    private static InputFile asContext(InputFile file) {
        return new InputFile(file.path(), file.content(), file.format(), true, file.size(), file.modified());
    }

    @Test
    void anotherBuildOrOtherSettingsReuseNothing() {
        ResultCache cache = ResultCache.empty(linter.fingerprint(BUILD, Config.defaults()));
        linter.lint(fixtures, Config.defaults(), cache);
        byte[] saved = saved(cache, path -> true);

        checks.set(0);
        linter.lint(fixtures, Config.defaults());
        int checkedWithoutCache = checks.get();

        for (String other : List.of(linter.fingerprint("build-2", Config.defaults()), linter.fingerprint(BUILD, STRICT),
                linter.fingerprint(BUILD, Config.defaults().withMaxFileSize(1000)))) {
            checks.set(0);
            linter.lint(fixtures, Config.defaults(), read(saved, other));
            assertEquals(checkedWithoutCache, checks.get(), other);
        }
    }

    @Test
    void aDamagedCacheIsStartedAfreshWithoutChangingTheResults() {
        String fingerprint = linter.fingerprint(BUILD, Config.defaults());
        ResultCache cache = ResultCache.empty(fingerprint);
        List<InputFile> some = fixtures.subList(0, 12);
        LintResult plain = linter.lint(some, Config.defaults(), cache);
        byte[] saved = saved(cache, path -> true);
        Random random = new Random(11);
        for (int trial = 0; trial < 40; trial++) {
            byte[] damaged = trial % 2 == 0
                    ? Arrays.copyOf(saved, random.nextInt(saved.length))
                    : flipOneByte(saved, random);
            assertEquals(plain, linter.lint(some, Config.defaults(), read(damaged, fingerprint)),
                    "trial " + trial);
        }
        assertEquals(plain, linter.lint(some, Config.defaults(),
                read("not a cache".getBytes(StandardCharsets.UTF_8), fingerprint)));
    }

    @Test
    void aDamagedEntryIsCheckedAgainAndTheOthersAreReused() {
        String fingerprint = linter.fingerprint(BUILD, STRICT);
        ResultCache cache = ResultCache.empty(fingerprint);
        LintResult plain = linter.lint(fixtures, STRICT, cache);
        byte[] damaged = saved(cache, path -> true);
        damaged[damaged.length - 1] ^= 0x20;
        String last = fixtures.stream().map(InputFile::path).max(String::compareTo).orElseThrow();
        checked.clear();

        ResultCache reread = read(damaged, fingerprint);
        assertEquals(plain, linter.lint(fixtures, STRICT, reread));
        assertEquals(Set.of(last), checked, "the entries are saved in path order, so the last byte is the last file's");

        checked.clear();
        assertEquals(plain, linter.lint(fixtures, STRICT, reread(reread, path -> true, fingerprint)));
        assertEquals(Set.of(), checked, "the rewritten cache has the checked file's new entry and the others' copies");
    }

    /** Entries kept in a spill are saved as the same bytes as those kept in memory; a failing spill is passed by. */
    @Test
    void entriesKeptOutsideMemoryAreSavedAsTheSameBytes() {
        String fingerprint = linter.fingerprint(BUILD, STRICT);
        ResultCache inMemory = ResultCache.empty(fingerprint);
        linter.lint(fixtures, STRICT, inMemory);
        ByteArrayOutputStream spilled = new ByteArrayOutputStream();
        ResultCache spilling = ResultCache.empty(fingerprint);
        spilling.spillTo(new ResultCache.Spill() {
            @Override
            public synchronized long append(byte[] data) {
                long start = spilled.size();
                spilled.writeBytes(data);
                return start;
            }

            @Override
            public synchronized int read(ByteBuffer into, long position) {
                byte[] bytes = spilled.toByteArray();
                int count = (int) Math.min(into.remaining(), bytes.length - position);
                into.put(bytes, (int) position, count);
                return count;
            }
        });
        linter.lint(fixtures, STRICT, spilling);
        assertTrue(spilled.size() > 1000, "the entries went to the spill: " + spilled.size() + " bytes");
        assertArrayEquals(saved(inMemory, path -> true), saved(spilling, path -> true));

        ResultCache failing = ResultCache.empty(fingerprint);
        failing.spillTo(new ResultCache.Spill() {
            @Override
            public long append(byte[] data) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public int read(ByteBuffer into, long position) throws IOException {
                throw new IOException("nothing was spilled");
            }
        });
        linter.lint(fixtures, STRICT, failing);
        assertArrayEquals(saved(inMemory, path -> true), saved(failing, path -> true));
    }

    @Test
    void anEntryLargerThanOneReadIsReadWhole() {
        byte[] data = new byte[300_000];
        new Random(3).nextBytes(data);
        byte[] digest = new byte[32];
        digest[0] = 7;
        ResultCache cache = ResultCache.empty("big entries");
        cache.record(".claude/agents/big.md", digest, data, 300, InputFile.UNKNOWN_TIME);

        ResultCache reread = reread(cache, path -> true, "big entries");

        assertArrayEquals(data, reread.lookup(".claude/agents/big.md", digest));
    }

    /** Entries are saved in path order, which runs restore them in: one read of the saved bytes serves many. */
    @Test
    void entriesSavedTogetherAreReadTogether() throws IOException {
        Random random = new Random(11);
        ResultCache cache = ResultCache.empty("together");
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] data = new byte[200 + random.nextInt(1_000)];
            random.nextBytes(data);
            entries.add(data);
            cache.record(String.format(".claude/agents/agent-%03d.md", i), digestOf(i), data, 300,
                    InputFile.UNKNOWN_TIME);
        }
        byte[] saved = saved(cache, path -> true);
        AtomicInteger reads = new AtomicInteger();
        InMemorySavedBytes inMemory = new InMemorySavedBytes(saved);
        ResultCache reread = ResultCache.read((into, position) -> {
            reads.incrementAndGet();
            return inMemory.read(into, position);
        }, "together", NOW);
        int indexReads = reads.get();

        for (int i = 0; i < entries.size(); i++) {
            String path = String.format(".claude/agents/agent-%03d.md", i);
            assertArrayEquals(entries.get(i), reread.lookup(path, digestOf(i)), path);
        }
        int entryReads = reads.get() - indexReads;
        assertTrue(entryReads < 20, "180 KB of 300 entries read in " + entryReads + " reads");
    }

    private static byte[] digestOf(int number) {
        byte[] digest = new byte[32];
        digest[0] = (byte) number;
        digest[1] = (byte) (number >> 8);
        return digest;
    }

    private static byte[] saved(ResultCache cache, Predicate<String> stillThere) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            cache.toSave(stillThere).orElseThrow().writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ResultCache read(byte[] saved, String fingerprint) {
        return read(saved, fingerprint, NOW);
    }

    private static ResultCache read(byte[] saved, String fingerprint, long startedAt) {
        try {
            return ResultCache.read(new InMemorySavedBytes(saved), fingerprint, startedAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResultCache reread(ResultCache cache, Predicate<String> stillThere, String fingerprint) {
        return read(saved(cache, stillThere), fingerprint);
    }

    private static byte[] flipOneByte(byte[] bytes, Random random) {
        byte[] flipped = bytes.clone();
        flipped[random.nextInt(flipped.length)] ^= (byte) (1 + random.nextInt(255));
        return flipped;
    }

    @Test
    void storedProjectFindingsAreGivenOnceAndNotAtAllWhenDropped() {
        String fingerprint = linter.fingerprint(BUILD, STRICT);
        ResultCache cache = ResultCache.empty(fingerprint);
        List<Finding> ofOneFile = fixtures.stream().map(file -> linter.lint(List.of(file), STRICT).findings())
                .filter(findings -> !findings.isEmpty()).findFirst().orElseThrow();
        List<List<Finding>> found = List.of(ofOneFile, List.of());
        ResultCache.KeyBuilder builder = ResultCache.key();
        builder.add(ofOneFile.get(0).path(), new byte[32], false);
        byte[] key = builder.build();
        cache.recordProject(key, CachedProject.write(found));
        ResultCache saved = reread(cache, path -> true, fingerprint);

        List<String> paths = List.of(ofOneFile.get(0).path(), "other.md");
        StoredProjectFindings stored = new StoredProjectFindings(saved, key, paths);
        assertEquals(found, stored.take());
        assertNull(stored.take(), "given once");
        StoredProjectFindings dropped = new StoredProjectFindings(saved, key, paths);
        dropped.drop();
        assertNull(dropped.take());
        assertNull(new StoredProjectFindings(saved, key, List.of("a.md", "b.md", "c.md")).take(),
                "an entry of another number of files");
        assertNull(new StoredProjectFindings(saved, new byte[32], paths).take(), "an entry under another key");
    }

    @Test
    void theResultsOfAFileThatIsGoneAreDropped() {
        ResultCache warm = cacheAfter(fixtures, STRICT);
        String gone = fixtures.get(5).path();
        List<InputFile> without = new ArrayList<>(fixtures);
        without.remove(5);
        linter.lint(without, STRICT, warm);
        ResultCache after = reread(warm, path -> !path.equals(gone), linter.fingerprint(BUILD, STRICT));
        checked.clear();

        linter.lint(fixtures, STRICT, after);

        assertEquals(Set.of(gone), checked);
    }
}
