package dev.agentlint.report;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.Linter;
import dev.agentlint.engine.LintResult;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScratchSarifTest {
    @Test
    void print() {
        Map<String, String> files = Map.of(
            ".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Reviews code changes for correctness, security and style before they are merged\ntools: Read, Grep, Reed\ncolor: teal\n---\nYou are a code reviewer. Review the diff and report problems.\n",
            ".github/chatmodes/x.chatmode.md", "---\ndescription: Plans features before any code is written\ntools: {allowed: [codebase, search]}\n---\nPlan the feature.\n",
            ".claude/agents/docs writer.md", "---\nname: docs-writer\ndescription: Writes and updates user-facing documentation for new features\nmodel: sonnet\ntools: Read, Grep\nmodel: haiku\n---\nYou are a technical writer.\n");
        RuleCatalog catalog = RuleCatalog.load(Rules.all());
        LintResult result = new Linter(Rules.all(), catalog, new SchemaSet()).lint(
            files.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> InputFile.of(e.getKey(), e.getValue())).toList(), Config.defaults());
        result.findings().forEach(System.out::println);
        StringWriter out = new StringWriter();
        new SarifFormatter("0.1.0", "https://github.com/agentlint/agentlint", catalog, SarifOptions.defaults(files::get))
            .write(new Report(result, List.of(new FileError("x y.md", "cannot read")), Duration.ZERO), new PrintWriter(out));
        System.out.println(out);
        SarifValidation.assertValidSarif(out.toString());
    }
}
