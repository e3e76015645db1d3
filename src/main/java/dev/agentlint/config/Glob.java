package dev.agentlint.config;

import java.util.regex.Pattern;

/**
 * A path glob over forward-slash paths: {@code *} and {@code ?} within a segment, {@code **} across segments
 * ({@code **}{@code /} also matches no directory at all), {@code {a,b}} alternatives.
 */
public record Glob(String text, Pattern pattern) {

    public static Glob of(String text) {
        return new Glob(text, Pattern.compile(toRegex(text)));
    }

    public boolean matches(String path) {
        return pattern.matcher(path).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        boolean inGroup = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slashFollows = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                regex.append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else if (c == '{') {
                inGroup = true;
                regex.append("(?:");
            } else if (c == '}' && inGroup) {
                inGroup = false;
                regex.append(')');
            } else if (c == ',' && inGroup) {
                regex.append('|');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (glob.endsWith("/")) {
            regex.append(".*");
        }
        return regex.toString();
    }
}
