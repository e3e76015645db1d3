package dev.agentlint.text.analysis;

/**
 * A path or glob mentioned in prose, such as {@code shared/api/} or {@code src/**}{@code /*.ts}.
 *
 * @param written the path as the text writes it
 * @param normalised forward slashes, no leading {@code ./}, no {@code .} or inner {@code ..} segments, no trailing
 *     slash
 * @param directory whether the text marks it as a directory (a trailing slash)
 * @param start offset of the mention in the analysed text
 * @param end offset just after the mention
 */
public record PathRef(String written, String normalised, boolean directory, int start, int end) {

    public boolean glob() {
        return normalised.indexOf('*') >= 0 || normalised.indexOf('?') >= 0 || normalised.indexOf('{') >= 0
                || normalised.indexOf('[') >= 0;
    }

    /** A bare file name without a directory, such as {@code plan.md} (a folder such as {@code docs/} is not). */
    public boolean bare() {
        return normalised.indexOf('/') < 0 && !directory;
    }

    /** Absolute, home-relative or above the repository root: outside any folder of the project. */
    public boolean leavesProject() {
        return normalised.startsWith("/") || normalised.startsWith("~") || normalised.startsWith("..")
                || normalised.matches("^[A-Za-z]:/.*");
    }

    public String topSegment() {
        String path = normalised.startsWith("/") ? normalised.substring(1) : normalised;
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    public String fileName() {
        int slash = normalised.lastIndexOf('/');
        return slash < 0 ? normalised : normalised.substring(slash + 1);
    }

    /** The same path as written elsewhere, e.g. a bare name resolved to the full path the document gives it. */
    public PathRef resolvedTo(String fullPath) {
        return new PathRef(written, fullPath, directory, start, end);
    }
}
