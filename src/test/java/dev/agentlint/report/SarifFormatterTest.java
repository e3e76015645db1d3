package dev.agentlint.report;

import static dev.agentlint.report.SarifValidation.assertValidSarif;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.LintResult;
import dev.agentlint.engine.Linter;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Related;
import dev.agentlint.model.Severity;
import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rule.RuleMeta;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SarifFormatterTest {

    private static final String VERSION = "0.1.0";
    private static final String HOME = "https://github.com/agentlint/agentlint";
    private static final RuleCatalog CATALOG = RuleCatalog.load(Rules.all());
    private static final Linter LINTER = new Linter(Rules.all(), CATALOG, new SchemaSet());

    private static final String REVIEWER_PATH = ".claude/agents/reviewer.md";
    private static final String REVIEWER = """
            ---
            name: reviewer
            description: Reviews code changes for correctness, security and style before they are merged
            tools: Read, Grep, Reed
            color: teal
            ---
            You are a code reviewer. Read the diff and report each problem with a concrete fix.
            """;
    private static final String CHATMODE_PATH = ".github/chatmodes/x.chatmode.md";
    private static final String CHATMODE = """
            ---
            description: Plans features before any code is written
            tools: {allowed: [codebase, search]}
            ---
            Plan the feature step by step and list the files that will change.
            """;
    private static final String WRITER_PATH = ".claude/agents/docs writer.md";
    private static final String WRITER = """
            ---
            name: docs-writer
            description: Writes and updates user-facing documentation for new or changed features
            model: sonnet
            tools: Read, Grep, Glob, Edit, Write
            model: haiku
            ---
            You are a technical writer. Keep the existing structure and add runnable examples.
            """;

    private static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    /** The files' texts by path, as the command line reads them for SARIF; null for a path not among them. */
    private static Function<String, SourceText> texts(Map<String, String> files) {
        return path -> files.containsKey(path) ? SourceText.of(files.get(path)) : null;
    }

    private static LintResult lint(Map<String, String> files) {
        return LINTER.lint(files.entrySet().stream().map(e -> InputFile.of(e.getKey(), e.getValue())).toList(),
                Config.defaults());
    }

    private static String sarif(Report report, SarifOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SarifFormatter(VERSION, HOME, CATALOG, options).write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Report report(LintResult result, FileError... errors) {
        return new Report(result, List.of(errors), Duration.ZERO);
    }

    private static JsonNode run(String sarif) {
        return SarifValidation.MAPPER.readTree(sarif).path("runs").get(0);
    }

    private static JsonNode region(JsonNode location) {
        return location.path("physicalLocation").path("region");
    }

    private static void assertRegion(Span span, JsonNode region) {
        assertEquals(span.startLine(), region.path("startLine").asInt());
        assertEquals(span.startColumn(), region.path("startColumn").asInt());
        assertEquals(span.endLine(), region.path("endLine").asInt());
        int endColumn = span.end().equals(span.start()) ? span.startColumn() + 1 : span.endColumn();
        assertEquals(endColumn, region.path("endColumn").asInt());
    }

    private static Finding finding(String ruleId, Severity severity, int line, String message) {
        return new Finding(ruleId, severity, Confidence.HIGH, message, "agents/many.md", Span.of(line, 1, line, 5),
                List.of());
    }

    @Test
    void realFindingsBecomeValidSarif() {
        Map<String, String> files = files(REVIEWER_PATH, REVIEWER, CHATMODE_PATH, CHATMODE, WRITER_PATH, WRITER);
        LintResult result = lint(files);
        Set<String> fired = new HashSet<>();
        result.findings().forEach(f -> fired.add(f.ruleId()));
        assertTrue(fired.containsAll(List.of("unknown-tool", "invalid-value", "duplicate-key")), fired::toString);

        String sarif = sarif(report(result), SarifOptions.defaults(texts(files)));
        assertValidSarif(sarif);
        JsonNode root = SarifValidation.MAPPER.readTree(sarif);
        assertEquals(SarifFormatter.SCHEMA_URI, root.path("$schema").asString());
        assertEquals("2.1.0", root.path("version").asString());
        JsonNode run = run(sarif);
        assertEquals("agentlint/", run.path("automationDetails").path("id").asString());
        assertEquals("utf16CodeUnits", run.path("columnKind").asString());
        assertFalse(run.has("originalUriBaseIds"));
        JsonNode invocation = run.path("invocations").get(0);
        assertTrue(invocation.path("executionSuccessful").asBoolean());
        assertFalse(invocation.has("toolExecutionNotifications"));

        JsonNode driver = run.path("tool").path("driver");
        assertEquals("agentlint", driver.path("name").asString());
        assertEquals(VERSION, driver.path("semanticVersion").asString());
        List<RuleMeta> metas = CATALOG.all();
        JsonNode rules = driver.path("rules");
        assertEquals(metas.size(), rules.size(), "every catalog rule is listed, fired or not");
        for (int i = 0; i < metas.size(); i++) {
            JsonNode rule = rules.get(i);
            RuleMeta meta = metas.get(i);
            assertEquals(meta.id(), rule.path("id").asString());
            assertEquals(HOME + "/blob/main/docs/rules/" + meta.id() + ".md", rule.path("helpUri").asString());
            assertTrue(rule.path("help").path("markdown").asString().contains("**Why:** "), meta.id());
            String level = switch (meta.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "note";
            };
            assertEquals(level, rule.path("defaultConfiguration").path("level").asString());
            assertFalse(rule.path("properties").has("security-severity") && meta.securitySeverity().isBlank());
        }
        JsonNode unknownTool = rules.get(indexOf(metas, "unknown-tool"));
        assertEquals("UnknownTool", unknownTool.path("name").asString());
        assertEquals("warning", unknownTool.path("properties").path("problem.severity").asString());

        JsonNode results = run.path("results");
        assertEquals(result.findings().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            Finding finding = result.findings().get(i);
            JsonNode sarifResult = results.get(i);
            assertEquals(finding.ruleId(), sarifResult.path("ruleId").asString());
            assertEquals(indexOf(metas, finding.ruleId()), sarifResult.path("ruleIndex").asInt());
            JsonNode location = sarifResult.path("locations").get(0);
            assertEquals("%SRCROOT%", location.path("physicalLocation").path("artifactLocation").path("uriBaseId")
                    .asString());
            assertRegion(finding.span(), region(location));
            String lineHash = LineHash.of(files.get(finding.path())).at(finding.span().startLine());
            JsonNode fingerprints = sarifResult.path("partialFingerprints");
            assertEquals(lineHash, fingerprints.path("primaryLocationLineHash").asString());
            assertTrue(fingerprints.path("agentlint/v1").asString().matches("[0-9a-f]{32}"));
            assertTrue(sarifResult.path("message").path("text").asString().startsWith(finding.message()));
        }

        JsonNode duplicate = resultFor(results, "duplicate-key");
        assertEquals(".claude/agents/docs%20writer.md", duplicate.path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asString(), "spaces are percent-encoded");
        JsonNode related = duplicate.path("relatedLocations");
        assertEquals(1, related.size());
        assertEquals(1, related.get(0).path("id").asInt());
        assertRegion(Span.of(4, 1, 4, 6), region(related.get(0)));
        assertTrue(duplicate.path("message").path("text").asString().endsWith(" See [first \"model\"](1)."),
                duplicate.path("message").path("text").asString());
        assertEquals("error", duplicate.path("level").asString());
        assertEquals("warning", resultFor(results, "unknown-tool").path("level").asString());
    }

    @Test
    void agentlintFingerprintSurvivesLinesInsertedAbove() {
        Map<String, String> before = files(REVIEWER_PATH, REVIEWER, WRITER_PATH, WRITER);
        Map<String, String> after = files(
                REVIEWER_PATH, REVIEWER.replaceFirst("---\n", "---\n\n\n\n"),
                WRITER_PATH, WRITER.replaceFirst("---\n", "---\n\n\n"));
        JsonNode first = run(sarif(report(lint(before)), SarifOptions.defaults(texts(before)))).path("results");
        JsonNode second = run(sarif(report(lint(after)), SarifOptions.defaults(texts(after)))).path("results");
        assertEquals(first.size(), second.size());
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < first.size(); i++) {
            JsonNode moved = second.get(i);
            assertEquals(first.get(i).path("ruleId").asString(), moved.path("ruleId").asString());
            int shift = moved.path("locations").get(0).path("physicalLocation").path("region").path("startLine")
                    .asInt() - region(first.get(i).path("locations").get(0)).path("startLine").asInt();
            assertTrue(shift == 3 || shift == 2, "the finding moved down");
            String fingerprint = first.get(i).path("partialFingerprints").path("agentlint/v1").asString();
            assertEquals(fingerprint, moved.path("partialFingerprints").path("agentlint/v1").asString());
            assertTrue(distinct.add(fingerprint), "each finding has its own fingerprint");
        }
        // the duplicate-key message names the earlier line, which moved too
        assertNotEquals(resultFor(first, "duplicate-key").path("message"),
                resultFor(second, "duplicate-key").path("message"));
    }

    @Test
    void fingerprintChangesWithTheOffendingText() {
        Map<String, String> before = files(REVIEWER_PATH, REVIEWER);
        Map<String, String> after = files(REVIEWER_PATH, REVIEWER.replace("Reed", "Raed"));
        String first = resultFor(run(sarif(report(lint(before)), SarifOptions.defaults(texts(before))))
                .path("results"), "unknown-tool").path("partialFingerprints").path("agentlint/v1").asString();
        String second = resultFor(run(sarif(report(lint(after)), SarifOptions.defaults(texts(after))))
                .path("results"), "unknown-tool").path("partialFingerprints").path("agentlint/v1").asString();
        assertNotEquals(first, second);
    }

    @Test
    void identicalFindingsGetDistinctFingerprints() {
        Finding one = finding("unknown-tool", Severity.WARNING, 2, "unknown tool \"X\"");
        Finding two = finding("unknown-tool", Severity.WARNING, 3, "unknown tool \"X\"");
        String text = "---\ntools: X\ntools: X\n---\n";
        JsonNode results = run(sarif(report(new LintResult(List.of(one, two), 1)),
                SarifOptions.defaults(p -> SourceText.of(text)))).path("results");
        assertNotEquals(results.get(0).path("partialFingerprints").path("agentlint/v1"),
                results.get(1).path("partialFingerprints").path("agentlint/v1"));
        // same line content further on: the line hash counter tells them apart as well
        assertEquals(LineHash.of(text).at(2), results.get(0).path("partialFingerprints")
                .path("primaryLocationLineHash").asString());
        assertEquals(LineHash.of(text).at(3), results.get(1).path("partialFingerprints")
                .path("primaryLocationLineHash").asString());
    }

    @Test
    void withoutSourceTextOnlyTheLineHashIsMissing() {
        Map<String, String> files = files(REVIEWER_PATH, REVIEWER);
        String sarif = sarif(report(lint(files)), SarifOptions.defaults(p -> null));
        assertValidSarif(sarif);
        for (JsonNode result : run(sarif).path("results")) {
            assertFalse(result.path("partialFingerprints").has("primaryLocationLineHash"));
            assertTrue(result.path("partialFingerprints").has("agentlint/v1"));
        }
    }

    @Test
    void resultsAreCappedAtGithubsLimitKeepingTheMostSevere() {
        List<Finding> findings = new ArrayList<>();
        int total = SarifOptions.GITHUB_MAX_RESULTS + 10;
        for (int line = 1; line <= total; line++) {
            boolean error = line > total - 5;
            findings.add(finding("unknown-tool", error ? Severity.ERROR : Severity.WARNING, line,
                    "unknown tool \"Reed\""));
        }
        findings.add(finding("unknown-tool", Severity.INFO, total + 1, "a note"));
        String sarif = sarif(report(new LintResult(findings, 1)), SarifOptions.defaults(p -> null));
        assertValidSarif(sarif);
        JsonNode run = run(sarif);
        JsonNode results = run.path("results");
        assertEquals(SarifOptions.GITHUB_MAX_RESULTS, results.size());
        long errors = IntStream.range(0, results.size())
                .filter(i -> results.get(i).path("level").asString().equals("error")).count();
        assertEquals(5, errors, "every error is kept");
        IntStream.range(0, results.size()).forEach(i -> assertNotEquals("note",
                results.get(i).path("level").asString()));
        int previous = 0;
        for (JsonNode result : results) {
            int line = region(result.path("locations").get(0)).path("startLine").asInt();
            assertTrue(line > previous, "kept results stay in file order");
            previous = line;
        }
        JsonNode invocation = run.path("invocations").get(0);
        assertTrue(invocation.path("executionSuccessful").asBoolean());
        JsonNode notification = invocation.path("toolExecutionNotifications").get(0);
        assertEquals("warning", notification.path("level").asString());
        assertTrue(notification.path("message").path("text").asString().contains("11 were left out"),
                notification.path("message").path("text").asString());
    }

    @Test
    void aSmallerMaxResultsIsHonoured() {
        Map<String, String> files = files(REVIEWER_PATH, REVIEWER, CHATMODE_PATH, CHATMODE);
        LintResult result = lint(files);
        String sarif = sarif(report(result), SarifOptions.defaults(texts(files)).withMaxResults(1));
        assertValidSarif(sarif);
        JsonNode results = run(sarif).path("results");
        assertEquals(1, results.size());
        assertEquals("error", results.get(0).path("level").asString());
    }

    /** A message cut inside a surrogate pair is written as Java writes such text, not refused by the encoder. */
    @Test
    void halfOfASurrogatePairIsWrittenAsAQuestionMark() {
        Finding cut = finding("unknown-tool", Severity.ERROR, 1, "unknown tool \"rocket\uD83D\"");
        String sarif = sarif(report(new LintResult(List.of(cut), 1)), SarifOptions.defaults(p -> null));
        assertValidSarif(sarif);
        assertEquals("unknown tool \"rocket?\"",
                run(sarif).path("results").get(0).path("message").path("text").asString());
    }

    /** A result left out needs no fingerprint, but the one written keeps the value it has without the limit. */
    @Test
    void onlyTheFilesOfResultsWrittenAreReadAgain() {
        Map<String, String> files = files(REVIEWER_PATH, REVIEWER, CHATMODE_PATH, CHATMODE);
        LintResult result = lint(files);
        Set<String> read = java.util.concurrent.ConcurrentHashMap.newKeySet();
        Function<String, SourceText> recorded = path -> {
            read.add(path);
            return texts(files).apply(path);
        };
        JsonNode one = run(sarif(report(result), SarifOptions.defaults(recorded).withMaxResults(1))).path("results")
                .get(0);
        String path = one.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri")
                .asString();
        assertEquals(Set.of(path), read);
        JsonNode all = run(sarif(report(result), SarifOptions.defaults(texts(files)))).path("results");
        assertTrue(IntStream.range(0, all.size()).mapToObj(all::get)
                .anyMatch(other -> other.path("partialFingerprints").equals(one.path("partialFingerprints"))),
                () -> "no result without the limit has the fingerprints " + one.path("partialFingerprints"));
    }

    @Test
    void outputIsCappedToStayUnderTheCompressedSizeLimit() throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int line = 1; line <= 3000; line++) {
            findings.add(finding("unknown-tool", line % 3 == 0 ? Severity.ERROR : Severity.WARNING, line,
                    "unknown tool \"" + Integer.toHexString(line * 7919) + "\" " + "x".repeat(line % 50)));
        }
        long budget = 40_000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SarifFormatter(VERSION, HOME, CATALOG, SarifOptions.defaults(p -> null), budget)
                .write(report(new LintResult(findings, 1)), out);
        String sarif = out.toString(StandardCharsets.UTF_8);
        assertValidSarif(sarif);
        assertTrue(gzipSize(sarif) <= budget, "compressed size " + gzipSize(sarif));
        JsonNode run = run(sarif);
        int kept = run.path("results").size();
        assertTrue(kept > 0 && kept < 3000, "kept " + kept);
        long errors = IntStream.range(0, kept)
                .filter(i -> run.path("results").get(i).path("level").asString().equals("error")).count();
        assertEquals(Math.min(kept, 1000), errors, "errors are kept before warnings");
        JsonNode notification = run.path("invocations").get(0).path("toolExecutionNotifications").get(0);
        assertTrue(notification.path("message").path("text").asString().contains((3000 - kept) + " more results"),
                notification.toString());
    }

    @Test
    void aDocumentOfManyPiecesComesBackWholeWithOneLineBreakAtTheEnd() {
        List<Finding> findings = new ArrayList<>();
        String[] words = {"outil", "werkzeug—", "инструмент", "🛠", "道具"};
        for (int line = 1; line <= 2000; line++) {
            findings.add(finding("unknown-tool", Severity.WARNING, line,
                    "unknown tool \"" + words[line % words.length].repeat(1 + line % 7) + "\""));
        }
        String sarif = sarif(report(new LintResult(findings, 1)), SarifOptions.defaults(p -> null));
        assertTrue(sarif.length() > 1 << 20, "long enough to cross many pieces: " + sarif.length());
        assertTrue(sarif.endsWith("}" + System.lineSeparator()) && !sarif.endsWith(System.lineSeparator().repeat(2)),
                sarif.substring(sarif.length() - 10));
        assertValidSarif(sarif);
        JsonNode results = run(sarif).path("results");
        assertEquals(2000, results.size());
        for (int i = 0; i < results.size(); i++) {
            assertEquals(findings.get(i).message(), results.get(i).path("message").path("text").asString());
        }
    }

    @Test
    void fileErrorsMakeTheRunUnsuccessfulAndBecomeNotifications() {
        Map<String, String> files = files(REVIEWER_PATH, REVIEWER);
        String sarif = sarif(report(lint(files), new FileError("agents/broken agent.md", "cannot read: access denied")),
                SarifOptions.defaults(texts(files)));
        assertValidSarif(sarif);
        JsonNode invocation = run(sarif).path("invocations").get(0);
        assertFalse(invocation.path("executionSuccessful").asBoolean());
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertEquals(1, notifications.size());
        assertEquals("error", notifications.get(0).path("level").asString());
        assertTrue(notifications.get(0).path("message").path("text").asString().contains("access denied"));
        assertEquals("agents/broken%20agent.md", notifications.get(0).path("locations").get(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asString());
    }

    @Test
    void aCleanRunStillHasResults() {
        String sarif = sarif(report(new LintResult(List.of(), 3)), SarifOptions.defaults(p -> null)
                .withCategory("agents/docs"));
        assertValidSarif(sarif);
        JsonNode run = run(sarif);
        assertTrue(run.path("results").isArray());
        assertEquals(0, run.path("results").size());
        assertEquals("agents/docs/", run.path("automationDetails").path("id").asString());
        assertEquals(CATALOG.all().size(), run.path("tool").path("driver").path("rules").size());
    }

    @Test
    void relatedLocationsAreCappedAndLinkTextIsEscaped() {
        List<Related> related = new ArrayList<>();
        related.add(new Related("a.md", Span.of(1, 1, 1, 3), "list [a]\\b"));
        for (int i = 2; i <= 1500; i++) {
            related.add(new Related("a.md", Span.of(i, 1, i, 3), "here"));
        }
        Finding finding = new Finding("duplicate-key", Severity.ERROR, Confidence.HIGH,
                "see [x](2) twice", "a.md", Span.of(2000, 1, 2000, 3), related);
        String sarif = sarif(report(new LintResult(List.of(finding), 1)), SarifOptions.defaults(p -> null));
        assertValidSarif(sarif);
        JsonNode result = run(sarif).path("results").get(0);
        assertEquals(1000, result.path("relatedLocations").size());
        assertEquals(1000, result.path("relatedLocations").get(999).path("id").asInt());
        String text = result.path("message").path("text").asString();
        assertTrue(text.startsWith("see \\[x\\](2) twice. See [list \\[a\\]\\\\b](1), [here](2)"), text);
        assertTrue(text.endsWith("[here](1000)."), text.substring(text.length() - 40));
    }

    @Test
    void unknownRulesAndEmptyMessagesStayValid() {
        Finding stray = new Finding("no-such-rule", Severity.WARNING, Confidence.HIGH, " ", "a.md",
                Span.point(1, 1), List.of());
        String sarif = sarif(report(new LintResult(List.of(stray), 1)), SarifOptions.defaults(p -> null));
        assertValidSarif(sarif);
        JsonNode result = run(sarif).path("results").get(0);
        assertFalse(result.has("ruleIndex"));
        assertEquals("no-such-rule", result.path("message").path("text").asString());
        assertEquals(2, region(result.path("locations").get(0)).path("endColumn").asInt());
    }

    @Test
    void outputIsDeterministic() {
        Map<String, String> files = files(REVIEWER_PATH, REVIEWER, WRITER_PATH, WRITER);
        LintResult result = lint(files);
        assertEquals(sarif(report(result), SarifOptions.defaults(texts(files))),
                sarif(report(result), SarifOptions.defaults(texts(files))));
    }

    @Test
    void urisAreRelativeAndPercentEncoded() {
        assertEquals(".github/agents/a%20b.agent.md", SarifFormatter.uri(".github/agents/a b.agent.md"));
        assertEquals("agents/%C3%BCber%23x%3F.md", SarifFormatter.uri("./agents/\u00fcber#x?.md"));
        assertEquals("C%3A/agents/x.md", SarifFormatter.uri("C:\\agents\\x.md"));
        assertEquals("a/100%25.md", SarifFormatter.uri("a/100%.md"));
    }

    @Test
    void namesAndPlainText() {
        assertEquals("UnknownTool", SarifFormatter.pascalCase("unknown-tool"));
        assertEquals("ToolAllowedAndDenied", SarifFormatter.pascalCase("tool-allowed-and-denied"));
        assertEquals("DeprecatedCheck", SarifFormatter.pascalCase("deprecated"));
        assertEquals("Use tools, see docs (https://example.com/x).",
                SarifFormatter.plain("Use `tools`, see [docs](https://example.com/x)."));
        assertEquals("key \"model\" is duplicated; previously defined at line , keep one",
                Fingerprints.withoutLineNumbers("key \"model\" is duplicated; previously defined at line 4, keep one",
                        Set.of()));
        assertEquals("maxTurns must be at least 1, see ", Fingerprints.withoutLineNumbers(
                "maxTurns must be at least 1, see 12", Set.of(12)));
    }

    @Test
    void onlyPlainNumbersUpToTenAreSecuritySeverities() {
        assertEquals(java.util.Optional.of("7.5"), SarifFormatter.securitySeverity(" 7.5 "));
        assertEquals(java.util.Optional.of("10.0"), SarifFormatter.securitySeverity("10.0"));
        assertTrue(SarifFormatter.securitySeverity("").isEmpty());
        assertTrue(SarifFormatter.securitySeverity("high").isEmpty());
        assertTrue(SarifFormatter.securitySeverity("7.5d").isEmpty());
        assertTrue(SarifFormatter.securitySeverity("NaN").isEmpty());
        assertTrue(SarifFormatter.securitySeverity("10.5").isEmpty());
    }

    private static int indexOf(List<RuleMeta> metas, String id) {
        for (int i = 0; i < metas.size(); i++) {
            if (metas.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode resultFor(JsonNode results, String ruleId) {
        for (JsonNode result : results) {
            if (result.path("ruleId").asString().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }

    private static long gzipSize(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }
}
