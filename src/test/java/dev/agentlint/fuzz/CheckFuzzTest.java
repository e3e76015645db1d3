package dev.agentlint.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.LintResult;
import dev.agentlint.engine.Linter;
import dev.agentlint.model.SourceText;
import dev.agentlint.parse.Decoder;
import dev.agentlint.report.JsonFormatter;
import dev.agentlint.report.Report;
import dev.agentlint.report.SarifFormatter;
import dev.agentlint.report.SarifOptions;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of the whole check of one file, as every format, with every rule: no rule may fail,
 * every position must lie inside the file, and the report must render. Without {@code JAZZER_FUZZ} set it
 * replays the stored inputs in {@code src/test/resources/dev/agentlint/fuzz/CheckFuzzTestInputs/}.
 */
class CheckFuzzTest {

    private static final RuleCatalog CATALOG = RuleCatalog.load(Rules.all());
    private static final Linter LINTER = new Linter(Rules.all(), CATALOG, new SchemaSet());
    private static final String[] PATHS = {".claude/agents/a.md", "plugins/p/agents/a.md", ".github/agents/a.agent.md",
        ".github/chatmodes/a.chatmode.md", ".opencode/agent/a.md", ".gemini/agents/a.md", ".cursor/agents/a.md",
        "docs/a.md"};

    @FuzzTest(maxDuration = "")
    void checkingAnyFileNeverFails(FuzzedDataProvider data) throws IOException {
        String path = data.pickValue(PATHS);
        boolean strict = data.consumeBoolean();
        byte[] content = data.consumeRemainingAsBytes();
        LintResult result = LINTER.lint(List.of(new InputFile(path, content, Optional.empty())),
                Config.defaults().withStrict(strict));
        if (!result.failures().isEmpty()) {
            throw new AssertionError("a rule failed: " + result.failures());
        }
        SourceText source = SourceText.of(Decoder.decode(content).text());
        Invariants.positionsInside(source, result.findings());
        Report report = new Report(result, List.of(), Duration.ZERO);
        new JsonFormatter("fuzz").write(report, new PrintWriter(new StringWriter()));
        new SarifFormatter("fuzz", "https://example.org", CATALOG,
                SarifOptions.defaults(p -> source)).write(report, OutputStream.nullOutputStream());
    }
}
