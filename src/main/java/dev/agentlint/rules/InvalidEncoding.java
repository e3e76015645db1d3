package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.rule.FileRule;
import dev.agentlint.rule.Reporter;

/** A file that is not UTF-8 text: binary content, UTF-16, or bytes that are not valid UTF-8. */
public final class InvalidEncoding implements FileRule {

    public static final String ID = "invalid-encoding";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(AgentFile file, Reporter reporter) {
        file.encodingIssue().ifPresent(issue -> {
            long offset = issue.problem().byteOffset();
            String message = switch (issue.problem().kind()) {
                case BINARY -> "file is binary (a NUL byte at byte offset " + offset
                        + "), not an agent definition; agent files must be UTF-8 text";
                case UTF16 -> "file is UTF-16; save it as UTF-8, which every agent runtime expects";
                case INVALID_UTF8 -> "bytes at byte offset " + offset + " are not valid UTF-8; save the file as "
                        + "UTF-8 (they were read as U+FFFD)";
            };
            reporter.report(issue.span(), message);
        });
    }
}
