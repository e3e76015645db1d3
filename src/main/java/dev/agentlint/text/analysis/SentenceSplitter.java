package dev.agentlint.text.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits prose into sentences: at ".", "!" or "?" followed by a capital, a digit, code or emphasis, and at a line
 * break followed by a capital or a marker, but not after abbreviations ("e.g.", "i.e."), inside code spans or
 * file names ({@code plan.md}), or after a comma. Linear in the text.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "cf", "approx", "incl", "eg",
            "ie", "e", "i", "mr", "mrs", "dr", "no", "fig", "min", "max", "avg", "est", "ex", "esp", "resp", "w.r.t",
            "aka", "a.k.a", "viz", "st", "jr", "sr", "inc", "ltd", "co", "corp", "v", "ver", "dept", "misc");

    private static final Set<String> JOINING_WORDS = Set.of("and", "or", "the", "a", "an", "to", "of", "in", "for",
            "with", "but", "not", "your", "any");

    private SentenceSplitter() {
    }

    /** The sentences of {@code text} between {@code from} and {@code to}, as offset pairs, whitespace trimmed. */
    public static List<int[]> split(String text, int from, int to) {
        List<int[]> sentences = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '`') {
                int close = text.indexOf('`', i + 1);
                i = close < 0 || close >= to || close - i > 400 ? i + 1 : close + 1;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int after = i + 1;
                while (after < to && ")\"'”’*_".indexOf(text.charAt(after)) >= 0) {
                    after++;
                }
                if (after >= to) {
                    break;
                }
                if (Character.isWhitespace(text.charAt(after)) && !(c == '.' && abbreviation(text, from, i))) {
                    int next = skipSpace(text, after, to);
                    if (next < to && startsSentence(text.charAt(next))) {
                        add(sentences, text, start, after);
                        start = next;
                        i = next;
                        continue;
                    }
                }
            } else if (c == '\n') {
                int next = skipSpace(text, i + 1, to);
                if (next < to && startsLine(text, next) && !continues(text, start, i)) {
                    add(sentences, text, start, i);
                    start = next;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        add(sentences, text, start, to);
        return sentences;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "`*\"“[(#_~<".indexOf(c) >= 0
                || Character.getType(c) == Character.OTHER_SYMBOL || Character.isSurrogate(c);
    }

    private static boolean startsLine(String text, int i) {
        char c = text.charAt(i);
        return Character.isUpperCase(c) || "*❌✅-+#>|".indexOf(c) >= 0 || Character.isSurrogate(c)
                || Character.getType(c) == Character.OTHER_SYMBOL;
    }

    /** A line that ends with a comma, an open parenthesis or a joining word continues on the next line. */
    private static boolean continues(String text, int start, int lineBreak) {
        int end = lineBreak;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            return true;
        }
        char last = text.charAt(end - 1);
        if (",(/&".indexOf(last) >= 0) {
            return true;
        }
        int wordStart = end;
        while (wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, end).toLowerCase(java.util.Locale.ROOT);
        return JOINING_WORDS.contains(word);
    }

    private static boolean abbreviation(String text, int from, int dot) {
        int wordStart = dot;
        while (wordStart > from && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1;
    }

    private static void add(List<int[]> sentences, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            sentences.add(new int[] {s, e});
        }
    }
}
