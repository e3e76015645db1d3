package dev.agentlint.report;

import dev.agentlint.model.SourceText;
import java.util.function.Function;

/**
 * Settings of the SARIF output. Start from {@link #defaults(Function)} and change single settings with the
 * {@code with...} methods rather than calling the constructor, so that settings added later (such as keeping
 * suppressed findings) do not break callers.
 *
 * @param category the code-scanning category; {@code automationDetails.id} becomes {@code category + "/"}
 * @param sourceText maps a root-relative path to the whole text of that file, or to {@code null} when it is not
 *     available (fingerprints that need the text are then left out); called from several threads
 * @param maxResults the most results one run may hold (GitHub rejects more than
 *     {@value SarifOptions#GITHUB_MAX_RESULTS}); the most severe findings are kept
 * @param includeSuppressed whether findings silenced by suppression comments are written, marked with
 *     {@code suppressions} (GitHub ignores the mark and shows them as open alerts, hence off by default)
 */
public record SarifOptions(String category, Function<String, SourceText> sourceText, int maxResults,
        boolean includeSuppressed) {

    public static final String DEFAULT_CATEGORY = "agentlint";
    public static final int GITHUB_MAX_RESULTS = 25_000;

    public SarifOptions {
        category = category == null || category.isBlank() ? DEFAULT_CATEGORY : category.strip();
        sourceText = sourceText == null ? path -> null : sourceText;
        if (maxResults < 0 || maxResults > GITHUB_MAX_RESULTS) {
            throw new IllegalArgumentException(
                    "maxResults must be between 0 and " + GITHUB_MAX_RESULTS + ": " + maxResults);
        }
    }

    public static SarifOptions defaults(Function<String, SourceText> sourceText) {
        return new SarifOptions(DEFAULT_CATEGORY, sourceText, GITHUB_MAX_RESULTS, false);
    }

    public SarifOptions withCategory(String newCategory) {
        return new SarifOptions(newCategory, sourceText, maxResults, includeSuppressed);
    }

    public SarifOptions withMaxResults(int newMaxResults) {
        return new SarifOptions(category, sourceText, newMaxResults, includeSuppressed);
    }

    public SarifOptions withIncludeSuppressed(boolean include) {
        return new SarifOptions(category, sourceText, maxResults, include);
    }
}
