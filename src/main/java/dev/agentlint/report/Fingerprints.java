package dev.agentlint.report;

import dev.agentlint.model.Finding;
import dev.agentlint.model.Related;
import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * A stable identity for each finding: a hash of the rule, the path, the message without the line numbers it
 * mentions, and the text the finding points at, so it survives lines being inserted above it. SARIF carries it
 * as {@code agentlint/v1} and baselines match by it. Findings that would share a value are told apart by their
 * order; a redacted finding's text is never part of its hash.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /**
     * The fingerprints of {@code findings}, in their order; each file's on its own thread.
     *
     * @param sources the normalised text of a file by its path, or {@code null} when unknown; called from several
     *     threads, once per file
     */
    public static List<String> of(List<Finding> findings, Function<String, SourceText> sources) {
        return FindingsByFile.map(findings,
                (ofFile, positions) -> ofFile(ofFile, sources.apply(ofFile.get(0).path()), k -> true));
    }

    /**
     * The fingerprints of the findings of one file, in their order, null for those not {@code wanted}; {@code text}
     * is the file's, or {@code null}. Findings with the same material are told apart by their order, so every
     * finding counts, and only findings of one file can share it.
     */
    static List<String> ofFile(List<Finding> findings, SourceText text, IntPredicate wanted) {
        MessageDigest sha256 = sha256();
        List<String> values = new ArrayList<>(findings.size());
        Map<String, Integer> occurrences = new HashMap<>();
        for (int k = 0; k < findings.size(); k++) {
            Finding finding = findings.get(k);
            Set<Integer> lines = new HashSet<>();
            for (Related related : finding.related()) {
                lines.add(related.span().startLine());
                lines.add(related.span().endLine());
            }
            String snippet = finding.redacted() ? "" : snippet(text, finding.span());
            String material = finding.ruleId() + '\u0000' + finding.path() + '\u0000'
                    + withoutLineNumbers(finding.message() == null ? "" : finding.message(), lines) + '\u0000'
                    + snippet;
            int occurrence = occurrences.merge(material, 1, Integer::sum);
            if (!wanted.test(k)) {
                values.add(null);
                continue;
            }
            String unique = occurrence == 1 ? material : material + '\u0000' + occurrence;
            byte[] digest = sha256.digest(unique.getBytes(StandardCharsets.UTF_8));
            values.add(HexFormat.of().formatHex(digest, 0, 16));
        }
        return values;
    }

    /** Drops the numbers that are line numbers: those after the word "line" and those of related locations. */
    static String withoutLineNumbers(String message, Set<Integer> lines) {
        StringBuilder out = new StringBuilder(message.length());
        int last = 0;
        for (int start = nextDigit(message, 0); start < message.length(); start = nextDigit(message, last)) {
            int end = start;
            while (end < message.length() && isDigit(message.charAt(end))) {
                end++;
            }
            out.append(message, last, start);
            boolean relatedLine = end - start < 10 && lines.contains(Integer.parseInt(message, start, end, 10));
            if (!afterLineWord(message, start) && !relatedLine) {
                out.append(message, start, end);
            }
            last = end;
        }
        return out.append(message, last, message.length()).toString();
    }

    private static int nextDigit(String text, int from) {
        int at = from;
        while (at < text.length() && !isDigit(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** An ASCII digit, as {@code \\d} reads it. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether the text before {@code end} ends with the word "line" or "lines" (any case of A-Z) and white space:
     * what {@code (?i)(?:^|\W)lines?\s*$} finds in it, read backwards instead of searched from every position.
     */
    static boolean afterLineWord(String text, int end) {
        int at = end;
        if (at > 0 && isFinalLineTerminator(text.charAt(at - 1))) {
            at--; // $ also matches before a line terminator that ends the input
        }
        while (at > 0 && isRegexSpace(text.charAt(at - 1))) {
            at--;
        }
        if (at > 0 && (text.charAt(at - 1) | 0x20) == 's') {
            at--;
        }
        if (at < 4 || !text.regionMatches(true, at - 4, "line", 0, 4) || !asciiLetters(text, at - 4, at)) {
            return false;
        }
        return at == 4 || !isWordChar(text.charAt(at - 5));
    }

    /** Line terminators other than those {@code \s} already covers. */
    private static boolean isFinalLineTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Without UNICODE_CASE, (?i) folds only ASCII: "LİNE" is not "line" to the pattern. */
    private static boolean asciiLetters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The text a span covers (or its whole line when the span is empty), with whitespace runs collapsed. */
    private static String snippet(SourceText text, Span span) {
        if (text == null || span.startLine() > text.lineCount()) {
            return "";
        }
        String covered = text.slice(span).strip();
        if (covered.isEmpty()) {
            covered = text.line(span.startLine()).strip();
        }
        return collapseSpaces(covered);
    }

    /** Each run of {@code \s} characters as one space, as {@code replaceAll("\\s+", " ")} gives it. */
    static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c)) {
                if (!inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
