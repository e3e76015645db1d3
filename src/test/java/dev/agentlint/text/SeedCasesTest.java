package dev.agentlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.Linter;
import dev.agentlint.model.Finding;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed cases kept as fixtures, checked for what the fixture format cannot say: the related location of each
 * finding, and the findings that only strict mode shows.
 */
class SeedCasesTest {

    private static final Path FIXTURES = Path.of(System.getProperty("agentlint.repo", ".")).resolve("fixtures");
    private static final Linter LINTER = new Linter(Rules.all(), RuleCatalog.load(Rules.all()), new SchemaSet());

    @Test
    void theCopilotCodersWritesToSharedFilesPointAtItsModuleDirectoryRule() throws IOException {
        List<Finding> findings = lint("write-scope-violation", ".github/agents/python-coder.agent.md", false);
        List<Finding> scope = findings.stream().filter(f -> f.ruleId().equals("write-scope-violation")).toList();
        assertEquals(List.of(17, 21, 22, 36, 44), scope.stream().map(f -> f.span().startLine()).toList());
        assertTrue(scope.stream().allMatch(f -> f.related().size() == 1 && f.related().get(0).span().startLine() == 48),
                scope.toString());
    }

    @Test
    void theCodersUnusedWebToolsAreInfoFindingsOnTheirEntries() throws IOException {
        List<Finding> unused = lint("unused-tool-grant", ".claude/agents/coder.md", false).stream()
                .filter(f -> f.ruleId().equals("unused-tool-grant")).toList();
        assertEquals(List.of("\"WebFetch\"", "\"WebSearch\"", "\"mcp__*\""),
                unused.stream().map(f -> f.message().substring(0, f.message().indexOf(' '))).toList());
        assertTrue(unused.stream().allMatch(f -> f.severity() == dev.agentlint.model.Severity.INFO));
    }

    @Test
    void mediumFindingsAppearOnlyInStrictMode() throws IOException {
        String rule = "ungranted-tool-use";
        assertTrue(lint(rule, "ok-inferred-need-is-strict-only.md", false).isEmpty());
        List<Finding> strict = lint(rule, "ok-inferred-need-is-strict-only.md", true);
        assertEquals(1, strict.size(), strict.toString());
        assertTrue(strict.get(0).message().contains("run commands"), strict.toString());
        List<Finding> comments = lint("contradictory-instructions", "ok-read-any-file-never-modify-frontend.md", true);
        assertTrue(comments.stream().noneMatch(f -> f.ruleId().equals("contradictory-instructions")),
                "\"Do NOT add comments unless explicitly asked\" has no counterpart, even in strict mode");
    }

    @Test
    void aReadOnlyDatabaseThatIsSeededIsAMediumConflict() throws IOException {
        String path = "ok-read-only-section.md";
        assertTrue(lint("contradictory-instructions", path, false).isEmpty());
        List<Finding> strict = lint("contradictory-instructions", path, true).stream()
                .filter(f -> f.ruleId().equals("contradictory-instructions")).toList();
        assertEquals(1, strict.size(), strict.toString());
        assertEquals(13, strict.get(0).span().startLine(), "at \"seeding\", not at \"validate migrations\"");
        assertEquals(11, strict.get(0).related().get(0).span().startLine());
    }

    private static List<Finding> lint(String rule, String path, boolean strict) throws IOException {
        Path file = FIXTURES.resolve(rule).resolve(path);
        String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?m)^[ \\t]*(#|<!--)[ \\t]*expect.*\\R", "");
        Config config = Config.defaults().withStrict(strict);
        return LINTER.lint(List.of(InputFile.of(path, text)), config).findings();
    }
}
