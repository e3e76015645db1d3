package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.model.Span;
import dev.agentlint.parse.FrontMatter;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Reporter;

/** An agent file without a front-matter block, or with one that is never closed. */
public final class FrontMatterMissing implements FileRule {

    @Override
    public String id() {
        return "front-matter-missing";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        FrontMatter frontMatter = file.frontMatter();
        switch (frontMatter.status()) {
            case UNTERMINATED -> reporter.report(frontMatter.openingFence(),
                    "front matter is never closed; add a line \"---\" after the last key");
            case ABSENT -> reporter.report(firstLine(file, frontMatter), frontMatter.misplacedFenceLine() > 0
                    ? "front matter must start on the first line; \"---\" found on line "
                            + frontMatter.misplacedFenceLine()
                    : "no front matter; start the file with \"---\", the agent's keys, and \"---\"");
            default -> { }
        }
    }

    private static Span firstLine(AgentFile file, FrontMatter frontMatter) {
        int line = Math.max(1, frontMatter.misplacedFenceLine());
        return file.source().lineSpan(line);
    }
}
