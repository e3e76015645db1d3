package dev.agentlint.text.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises paths and globs in tokens. Code spans are trusted more than plain words: {@code `src/components`} is a
 * path, the plain word "TypeScript/JavaScript" is not. Names of tool sets such as {@code search/codebase} and
 * technology names such as "Node.js" are not paths.
 */
public final class PathExtractor {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_.@+*~{},\\[\\]$-]+");
    private static final Pattern FILE_NAME = Pattern.compile("\\.?[A-Za-z0-9_][A-Za-z0-9_.@+-]*\\.([A-Za-z0-9]+)");
    private static final Pattern DOT_FILE = Pattern.compile("\\.[A-Za-z0-9_][A-Za-z0-9_.-]*");
    private static final Pattern TECH_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*\\.(js|ts|io|net)");
    private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+)+[a-z]*");
    /** First segments of VS Code tool sets and built-in MCP servers, written like paths but never paths. */
    private static final java.util.Set<String> TOOL_SETS = java.util.Set.of("read", "search", "edit", "execute",
            "web", "agent", "vscode", "todo", "browser", "github", "playwright");

    private PathExtractor() {
    }

    /** The path a token names, or {@code null}. */
    public static PathRef fromToken(Token token) {
        if (token.kind() == Token.Kind.CODE) {
            return parse(token.text(), true, token.start(), token.end());
        }
        if (token.kind() == Token.Kind.WORD) {
            return parse(token.text(), false, token.start(), token.end());
        }
        return null;
    }

    static PathRef parse(String raw, boolean code, int start, int end) {
        if (!mayBePath(raw)) {
            return null;
        }
        String text = raw.strip();
        while (!text.isEmpty() && ",;:)\"'".indexOf(text.charAt(text.length() - 1)) >= 0) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty() || text.length() > 200 || hasWhitespace(text)
                || text.contains("://") || text.startsWith("#") || text.startsWith("@") && !text.contains("/")) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        PathLexicon lexicon = PathLexicon.get();
        if (lexicon.notPath(lower) || (Character.isDigit(text.charAt(0)) || text.charAt(0) == 'v')
                && VERSION.matcher(text).matches()) {
            return null;
        }
        String unified = text.replace('\\', '/');
        boolean anchored = unified.startsWith("./") || unified.startsWith("../") || unified.startsWith("~/")
                || (unified.startsWith("/") && unified.length() > 1);
        if (unified.indexOf('/') >= 0) {
            return slashPath(unified, anchored, code, start, end);
        }
        if (TECH_NAME.matcher(text).matches()) {
            return null;
        }
        java.util.regex.Matcher fileName = FILE_NAME.matcher(unified);
        if (fileName.matches() && lexicon.extension(fileName.group(1).toLowerCase(Locale.ROOT))) {
            if (!code && Character.isUpperCase(unified.charAt(0)) && !unified.equals(unified.toUpperCase(Locale.ROOT))
                    && !unified.matches("[A-Z][A-Z0-9_-]*\\.[a-z]+")) {
                return null;
            }
            return new PathRef(text, normalise(unified), false, start, end);
        }
        if (code && DOT_FILE.matcher(unified).matches()) {
            return new PathRef(text, normalise(unified), false, start, end);
        }
        return null;
    }

    /** Every path has a slash, a dot or a tilde; most words have none, and are rejected at once. */
    private static boolean mayBePath(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '/' || c == '.' || c == '~' || c == '\\') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static PathRef slashPath(String unified, boolean anchored, boolean code, int start, int end) {
        boolean directory = unified.endsWith("/");
        int bodyEnd = unified.length();
        while (bodyEnd > 0 && unified.charAt(bodyEnd - 1) == '/') {
            bodyEnd--;
        }
        String body = unified.substring(0, bodyEnd);
        if (body.isEmpty()) {
            return null;
        }
        String[] segments = body.substring(body.startsWith("/") ? 1 : 0).split("/");
        for (String segment : segments) {
            if (!segment.isEmpty() && !SEGMENT.matcher(segment).matches()) {
                return null;
            }
        }
        String last = segments[segments.length - 1];
        int dot = last.lastIndexOf('.');
        boolean extension = dot > 0 && PathLexicon.get().extension(last.substring(dot + 1).toLowerCase(Locale.ROOT));
        boolean glob = body.indexOf('*') >= 0;
        if (!anchored && segments.length > 0 && TOOL_SETS.contains(segments[0].toLowerCase(Locale.ROOT)) && !extension
                && !directory) {
            return null;
        }
        if (anchored && unified.startsWith("/") && segments.length == 1 && !directory && !extension && !glob) {
            return null;
        }
        boolean strongShape = anchored || directory || extension || glob;
        if (!strongShape && !(code && segments.length >= 2 && body.equals(body.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        return new PathRef(unified, normalise(unified), directory, start, end);
    }

    /** Forward slashes, no {@code ./}, resolved inner {@code ..}, no trailing slash. */
    public static String normalise(String path) {
        String unified = path.replace('\\', '/');
        boolean absolute = unified.startsWith("/");
        Deque<String> kept = new ArrayDeque<>();
        for (String segment : unified.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..") && !kept.isEmpty() && !kept.peekLast().equals("..")) {
                kept.removeLast();
            } else {
                kept.addLast(segment);
            }
        }
        String joined = String.join("/", kept);
        return absolute ? "/" + joined : joined;
    }
}
