package dev.agentlint.text.analysis;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/** Containment of one normalised path in another, with globs: {@code shared/api/x.json} lies in {@code shared/}. */
public final class PathScope {

    private PathScope() {
    }

    /** Whether {@code target} lies in (or is) {@code scope}; both are normalised relative paths. */
    public static boolean contains(String scope, String target) {
        String fixedTarget = staticPrefix(target);
        if (isGlob(scope)) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + scope);
            String scopePrefix = staticPrefix(scope);
            if (!isGlob(target) && matcher.matches(Path.of(target))) {
                return true;
            }
            return !scopePrefix.isEmpty() && under(scopePrefix, fixedTarget) && scope.endsWith("**");
        }
        return under(scope, fixedTarget);
    }

    private static boolean under(String scope, String target) {
        return scope.isEmpty() || target.equals(scope) || target.startsWith(scope + "/");
    }

    private static boolean isGlob(String path) {
        return path.indexOf('*') >= 0 || path.indexOf('?') >= 0 || path.indexOf('{') >= 0 || path.indexOf('[') >= 0;
    }

    /** The segments of a glob before its first wildcard: {@code src/**}{@code /*.ts} gives {@code src}. */
    static String staticPrefix(String path) {
        if (!isGlob(path)) {
            return path;
        }
        StringBuilder prefix = new StringBuilder();
        for (String segment : path.split("/")) {
            if (isGlob(segment)) {
                break;
            }
            if (!prefix.isEmpty()) {
                prefix.append('/');
            }
            prefix.append(segment);
        }
        return prefix.toString();
    }
}
