package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.model.Span;
import dev.agentlint.parse.Block;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Issue;
import dev.agentlint.rule.Reporter;
import dev.agentlint.rules.secrets.SecretScanner;

/**
 * An API key, token, password or private key written into an agent file. The finding is redacted: the message
 * names only the kind of secret, and no output prints the text it covers.
 */
public final class SecretInAgent implements FileRule {

    @Override
    public String id() {
        return "secret-in-agent";
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        for (SecretScanner.Secret secret : SecretScanner.scan(file.source().text())) {
            Span span = file.source().span(secret.start(), secret.end());
            reporter.report(Issue.at(span, secret.kind() + " in " + where(file, span)
                    + "; revoke it and let the agent read it from the environment or a secret store").redact());
        }
    }

    private static String where(AgentFile file, Span span) {
        int line = span.startLine();
        if (file.frontMatter().present() && line < file.frontMatter().bodyFirstLine()) {
            return "the front matter";
        }
        for (Block block : file.body().blocks()) {
            if (block.kind() == Block.Kind.CODE && block.firstLine() <= line && line <= block.span().endLine()) {
                return "a code block";
            }
        }
        return "the prompt";
    }
}
