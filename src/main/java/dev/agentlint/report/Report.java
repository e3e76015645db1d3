package dev.agentlint.report;

import dev.agentlint.engine.LintResult;
import java.time.Duration;
import java.util.List;

/**
 * Everything an output format needs about one run.
 *
 * @param result the findings
 * @param fileErrors files that could not be linted
 * @param elapsed how long the run took, for the summary line
 */
public record Report(LintResult result, List<FileError> fileErrors, Duration elapsed) {

    public Report {
        fileErrors = List.copyOf(fileErrors);
    }
}
