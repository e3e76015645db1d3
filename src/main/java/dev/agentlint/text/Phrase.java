package dev.agentlint.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase pattern, matched case-insensitively, and the lower-case words one of which every match starts with,
 * read off the pattern ({@code \b(return|output)\s+only} starts with "return" or "output"). A match can only
 * start where one of them stands, so the pattern is tried there and nowhere else.
 */
public final class Phrase {

    /** Characters that stand for themselves in a pattern: not syntax, not white space. */
    private static final int QUOTED = Integer.MIN_VALUE;
    private static final java.util.function.IntPredicate LITERAL = c -> "\\^$.|?*+()[]{}".indexOf(c) < 0
            && !Character.isWhitespace(c);

    private final Pattern pattern;
    private final List<String> starts;
    /** The start words, found in one pass; null when there are none. */
    private final StartWords startWords;

    private Phrase(Pattern pattern, List<String> starts) {
        this.pattern = pattern;
        this.starts = starts;
        this.startWords = starts.isEmpty() ? null : new StartWords(starts, new int[starts.size()]);
    }

    public static Phrase of(String regex) {
        return new Phrase(Pattern.compile(regex, Pattern.CASE_INSENSITIVE),
                withoutExtensions(startsOf(regex).orElse(List.of())));
    }

    public Pattern pattern() {
        return pattern;
    }

    /** What a match starts with; empty when the pattern does not tell, and then every text is tried. */
    public List<String> starts() {
        return starts;
    }

    /** The start words less those that extend another ("runs" of "run"): the shorter one already finds them. */
    private static List<String> withoutExtensions(List<String> starts) {
        List<String> kept = new ArrayList<>();
        for (String start : starts) {
            if (starts.stream().noneMatch(other -> start.startsWith(other) && !start.equals(other))
                    && !kept.contains(start)) {
                kept.add(start);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * The first match in {@code text}, if any: a match can only start where one of the start words stands, so only
     * those places are tried.
     */
    public Optional<Matcher> find(String text) {
        Matcher[] first = new Matcher[1];
        visitMatches(text, matcher -> {
            first[0] = matcher;
            return false;
        });
        return Optional.ofNullable(first[0]);
    }

    /** Every match in {@code text}, in order, as successive {@link Matcher#find()} calls would give them. */
    public List<MatchResult> findAll(String text) {
        List<MatchResult> matches = new ArrayList<>();
        visitMatches(text, matcher -> {
            matches.add(matcher.toMatchResult());
            return true;
        });
        return matches;
    }

    /**
     * Gives {@code visit} the matches in order, each at the matcher left there, until it answers false. With start
     * words the text is scanned once and the pattern tried only where they stand; a matcher is made only once a
     * place is worth trying.
     */
    private void visitMatches(String text, Predicate<Matcher> visit) {
        if (startWords == null) {
            Matcher matcher = matcher(text);
            int from = 0;
            while (from <= text.length() && matcher.find(from) && visit.test(matcher)) {
                from = after(matcher);
            }
            return;
        }
        Matcher[] matcher = new Matcher[1];
        int[] from = new int[1];
        startWords.scan(text, 0, (at, id) -> {
            if (at < from[0]) {
                return true;
            }
            if (matcher[0] == null) {
                matcher[0] = matcher(text);
            }
            if (!matchesAt(matcher[0], text, at)) {
                return true;
            }
            from[0] = after(matcher[0]);
            return visit.test(matcher[0]);
        });
    }

    /** Where the search for the next match starts: after this one, and past an empty one. */
    private static int after(Matcher match) {
        return match.end() == match.start() ? match.end() + 1 : match.end();
    }

    /** The first match that starts at one of {@code places[0..count)}, given in ascending order; null if none. */
    Matcher matchAt(String text, int[] places, int count) {
        Matcher matcher = count > 0 ? matcher(text) : null;
        for (int i = 0; i < count; i++) {
            if (matchesAt(matcher, text, places[i])) {
                return matcher;
            }
        }
        return null;
    }

    /** Whether a match starts at {@code at}; the matcher is left there when it does. */
    private static boolean matchesAt(Matcher matcher, String text, int at) {
        return matcher.region(at, text.length()).lookingAt();
    }

    private Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** What every match of {@code regex} starts with, or nothing when that is not plain from its first word or group. */
    static Optional<List<String>> startsOf(String regex) {
        List<String> alternatives = topLevelAlternatives(regex.startsWith("(?i)") ? regex.substring(4) : regex);
        if (alternatives == null) {
            return Optional.empty();
        }
        List<String> starts = new ArrayList<>();
        for (String alternative : alternatives) {
            Optional<List<String>> start = startOfSequence(alternative);
            if (start.isEmpty()) {
                return Optional.empty();
            }
            starts.addAll(start.get());
        }
        return Optional.of(List.copyOf(starts));
    }

    private static Optional<List<String>> startOfSequence(String sequence) {
        String rest = sequence.startsWith("\\b") ? sequence.substring(2) : sequence;
        if (rest.startsWith("(")) {
            int close = closingParen(rest);
            if (close < 0 || rest.startsWith("(?") && !rest.startsWith("(?:") || optional(rest, close + 1)) {
                return Optional.empty();
            }
            return startsOf(rest.substring(rest.startsWith("(?:") ? 3 : 1, close));
        }
        int end = 0;
        while (end < rest.length() && LITERAL.test(rest.charAt(end))) {
            end++;
        }
        if (optional(rest, end)) {
            end--;
        }
        return end <= 0 || Character.isHighSurrogate(rest.charAt(end - 1)) ? Optional.empty()
                : Optional.of(List.of(Ascii.lowerCase(rest.substring(0, end))));
    }

    /** Whether what ends before {@code at} may be left out: a {@code ?}, {@code *} or {@code {0,n}} follows. */
    private static boolean optional(String regex, int at) {
        return at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '*'
                || regex.startsWith("{0", at));
    }

    /** The alternatives of {@code |} outside groups and classes, or null when the pattern cannot be split. */
    private static List<String> topLevelAlternatives(String regex) {
        int[] depth = depths(regex);
        if (depth[regex.length()] != 0) {
            return null;
        }
        List<String> alternatives = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '|' && depth[i] == 0) {
                alternatives.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        alternatives.add(regex.substring(from));
        return alternatives;
    }

    /** Where the group that opens the pattern closes, or -1. */
    private static int closingParen(String regex) {
        int[] depth = depths(regex);
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == ')' && depth[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The group depth after each character of a pattern; {@link #QUOTED} for characters that do not count: escaped
     * ones and those in a character class. One entry more at the end: 0 unless a group or class is left open.
     */
    private static int[] depths(String regex) {
        int[] depths = new int[regex.length() + 1];
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' || inClass) {
                depths[i] = QUOTED;
                if (c == '\\' && i + 1 < regex.length()) {
                    depths[++i] = QUOTED;
                } else if (c == ']') {
                    inClass = false;
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            depths[i] = c == '[' ? QUOTED : depth;
        }
        depths[regex.length()] = inClass ? QUOTED : depth;
        return depths;
    }
}
