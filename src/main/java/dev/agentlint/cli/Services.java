package dev.agentlint.cli;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.LintResult;
import dev.agentlint.engine.Linter;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Related;
import dev.agentlint.model.Severity;
import dev.agentlint.model.Span;
import dev.agentlint.report.Report;
import dev.agentlint.report.TextFormatter;
import dev.agentlint.rule.Rule;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The long-lived parts of agentlint, created once per process and only when a command needs them. Safe to share
 * with the thread that {@linkplain #warmUp warms them up}: each part is made once, and a thread that asks while
 * another makes it waits for that one.
 */
final class Services {

    /**
     * An agent that takes a lint through every kind of work (front matter, tools, rules in prose and lists, a code
     * block, an output section), so that warming up loads the schemas, dictionaries and rule code a real run needs.
     */
    private static final String WARM_UP_AGENT = """
            ---
            name: warm-up
            description: Reviews pull requests for security issues. Use after every change to the API.
            tools: Read, Grep, Glob, Bash, WebFetch
            model: sonnet
            ---
            You are a security reviewer. Never modify files; only read them and run `npm audit`.

            ## Process
            1. Read the diff and search the codebase for callers.
            2. Run the tests with 80% coverage and hand off to code-reviewer when done.

            ```bash
            npm test
            ```

            ## Output format
            Return JSON with `findings`, each with `file`, `line` and `severity`.
            """;

    private List<Rule> rules;
    private SchemaSet schemas;
    private RuleCatalog catalog;
    private Linter linter;

    synchronized List<Rule> rules() {
        if (rules == null) {
            rules = Rules.all();
        }
        return rules;
    }

    synchronized SchemaSet schemas() {
        if (schemas == null) {
            schemas = new SchemaSet();
        }
        return schemas;
    }

    synchronized RuleCatalog catalog() {
        if (catalog == null) {
            catalog = RuleCatalog.load(rules());
        }
        return catalog;
    }

    synchronized Linter linter() {
        if (linter == null) {
            linter = new Linter(rules(), catalog(), schemas());
        }
        return linter;
    }

    /**
     * Makes the linter and lints a small built-in agent with it, so that what a run needs is loaded while the
     * command line is read and the files are found: on a machine with a second core, a one-file run (a pre-commit
     * hook) then starts checking sooner. Anything that goes wrong here is left for the run itself to meet.
     *
     * @param cache whether the run uses the result cache: then only the linter is made and the build identified
     * @param textReport whether the run writes the text report: with the cache, a sample of it is rendered too
     */
    void warmUp(boolean cache, boolean textReport) {
        try {
            if (cache) {
                // most files of a run with the cache are unchanged and are not checked at all, so linting here
                // would only take the second core from the run; the build's id is what every such run needs
                Version.buildId();
                linter();
                if (textReport) {
                    // writing the report is most of what is left of such a run, and its code would run cold
                    renderSampleReport(OutputStream.nullOutputStream());
                }
                return;
            }
            linter().lint(List.of(InputFile.of(".claude/agents/warm-up.md", WARM_UP_AGENT)), Config.defaults());
        } catch (IOException | RuntimeException | Error e) {
            // the run meets the same problem (a bug, too little memory) and reports it in its own words
        }
    }

    /**
     * A text report of a few hundred findings over a few dozen files, each with a code frame and some with a
     * related place: enough calls for the quick compiler to compile what writing a report runs.
     */
    static void renderSampleReport(OutputStream out) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (int file = 0; file < 40; file++) {
            String path = ".claude/agents/agent-" + (100 + file) + ".md";
            for (int line = 2; line <= 9; line++) {
                List<Related> related = line % 4 == 0
                        ? List.of(new Related(".claude/agents/agent-099.md", Span.of(3, 1, 3, 20), "also here"))
                        : List.of();
                findings.add(new Finding("unknown-tool", line % 3 == 0 ? Severity.ERROR : Severity.WARNING,
                        Confidence.HIGH, "unknown tool \"Serch\"; did you mean \"Search\"?", path,
                        Span.of(line, 14, line, 19), related));
            }
        }
        new TextFormatter(path -> path, (path, lines) -> line -> "tools: Read, Serch, Grep  # what the agent may use",
                false, true).write(new Report(new LintResult(findings, 40), List.of(), Duration.ZERO), out, true);
    }
}
