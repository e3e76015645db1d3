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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stable identity for each finding: a hash of the rule, the path, the message without the line numbers it
 * mentions, and the text the finding points at, so it survives lines being inserted above it. SARIF carries it
 * as {@code agentlint/v1} and baselines match by it. Findings that would share a value are told apart by their
 * order; a redacted finding's text is never part of its hash.
 */
public final class Fingerprints {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern LINE_WORD = Pattern.compile("(?i)(?:^|\\W)lines?\\s*$");

    private Fingerprints() {
    }

    /**
     * @param sources the normalised text of a file by its path, or {@code null} when unknown
     */
    public static List<String> of(List<Finding> findings, Function<String, SourceText> sources) {
        List<String> values = new ArrayList<>(findings.size());
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding finding : findings) {
            Set<Integer> lines = new HashSet<>();
            for (Related related : finding.related()) {
                lines.add(related.span().startLine());
                lines.add(related.span().endLine());
            }
            String snippet = finding.redacted() ? "" : snippet(sources.apply(finding.path()), finding.span());
            String material = finding.ruleId() + '\u0000' + finding.path() + '\u0000'
                    + withoutLineNumbers(finding.message() == null ? "" : finding.message(), lines) + '\u0000'
                    + snippet;
            int occurrence = occurrences.merge(material, 1, Integer::sum);
            values.add(sha256(occurrence == 1 ? material : material + '\u0000' + occurrence).substring(0, 32));
        }
        return values;
    }

    /** Drops the numbers that are line numbers: those after the word "line" and those of related locations. */
    static String withoutLineNumbers(String message, Set<Integer> lines) {
        StringBuilder out = new StringBuilder(message.length());
        Matcher number = NUMBER.matcher(message);
        int last = 0;
        while (number.find()) {
            out.append(message, last, number.start());
            boolean afterLineWord = LINE_WORD.matcher(message.substring(0, number.start())).find();
            boolean relatedLine = number.group().length() < 10 && lines.contains(Integer.parseInt(number.group()));
            if (!afterLineWord && !relatedLine) {
                out.append(number.group());
            }
            last = number.end();
        }
        return out.append(message, last, message.length()).toString();
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
        return covered.replaceAll("\\s+", " ");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
