package dev.agentlint.engine;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.Project;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.KeptValue;
import dev.agentlint.rule.ProjectRule;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rule.Rule;
import java.util.List;
import java.util.function.Consumer;

/** Rules that say when they check, for tests of which rules a run runs. */
final class RecordedRules {

    private RecordedRules() {
    }

    /** The rule, telling {@code ran} its id each time it checks a file (a file rule) or a run's agents. */
    static Rule recorded(Rule rule, Consumer<String> ran) {
        if (rule instanceof ProjectRule projectRule) {
            return new ProjectRule() {
                @Override
                public String id() {
                    return rule.id();
                }

                @Override
                public void check(Project project, ProjectReporter reporter) {
                    ran.accept(rule.id());
                    projectRule.check(project, reporter);
                }

                @Override
                public void prepare(AgentFile file) {
                    projectRule.prepare(file);
                }

                @Override
                public List<KeptValue<?>> kept() {
                    return projectRule.kept();
                }
            };
        }
        if (rule instanceof FileRule fileRule) {
            return new FileRule() {
                @Override
                public String id() {
                    return rule.id();
                }

                @Override
                public void check(AgentFile file, Reporter reporter) {
                    ran.accept(rule.id());
                    fileRule.check(file, reporter);
                }
            };
        }
        return rule;
    }
}
