package dev.agentlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.config.Config;
import dev.agentlint.config.ConfigLoader;
import dev.agentlint.model.Finding;
import dev.agentlint.rule.Rule;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A rule the configuration turns off for every file costs nothing: it does not run, and nothing else changes. */
class RulesTurnedOffTest {

    /** Rules no suppression comment of the fixtures names, so turning them off changes only their own findings. */
    private static final Set<String> TURNED_OFF = Set.of("scope-overlap", "risky-permissions");
    private static List<InputFile> fixtures;

    /** The ids of the rules that ran. */
    private final Set<String> ran = ConcurrentHashMap.newKeySet();
    private final Linter linter = new Linter(Rules.all().stream().map(rule -> RecordedRules.recorded(rule, ran::add))
            .toList(),
            RuleCatalog.load(Rules.all()), new SchemaSet());

    @BeforeAll
    static void readFixtures() throws IOException {
        fixtures = FixtureAgents.all();
    }

    @Test
    void aRuleOffForEveryFileDoesNotRunAndTheOtherFindingsStayTheSame() {
        Config strict = Config.defaults().withStrict(true);
        List<Finding> all = linter.lint(fixtures, strict).findings();
        assertTrue(all.stream().map(Finding::ruleId).collect(Collectors.toSet()).containsAll(TURNED_OFF));
        ran.clear();

        List<Finding> without = linter.lint(fixtures, config("""
                rules:
                  scope-overlap: off
                  risky-permissions: off
                """).withStrict(true)).findings();

        assertFalse(ran.contains("scope-overlap"));
        assertFalse(ran.contains("risky-permissions"));
        assertTrue(ran.contains("conflicting-policies"), "the other project rules still compare the agents");
        assertEquals(all.stream().filter(f -> !TURNED_OFF.contains(f.ruleId())).toList(), without);
    }

    @Test
    void aRuleOffButOnForSomeFilesRuns() {
        linter.lint(fixtures, config("""
                rules:
                  unknown-tool: off
                overrides:
                  - files: [".claude/agents/a*.md"]
                    rules: {unknown-tool: warning}
                """));

        assertTrue(ran.contains("unknown-tool"));
    }

    private static Config config(String yaml) {
        ConfigLoader.Loaded loaded = new ConfigLoader(new SchemaSet(), Rules.all().stream().map(Rule::id)
                .collect(Collectors.toSet())).load(".agentlint.yaml", yaml);
        assertTrue(loaded.ok(), loaded.problems().toString());
        return loaded.config();
    }
}
