package dev.agentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans that fingerprints and line hashes are made with give what the regular expressions and whole-text
 * passes they replace gave, on thousands of generated texts (seeds are reproducible): a fingerprint that changed
 * would make every baseline and code-scanning alert of a finding new again.
 */
class FingerprintTextTest {

    /** Pieces of messages and lines: the line word in several cases, digits, every kind of white space. */
    private static final List<String> PIECES = List.of("line", "Lines", "LINE", "lines", "s", "L", "e", "deadline",
            "_line", "x", "4", "12", "007", "1234567890", " ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u0085",
            "\u2028", "\u2029", "\u00A0", "\u0130", "\u0131", "\u017F", "\uD83D\uDE80", ":", ",", "(", "at line ",
            "lines\t", "é", "l\u0131ne", "L\u0130NE", "line\u017F");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern LINE_WORD = Pattern.compile("(?i)(?:^|\\W)lines?\\s*$");

    @Test
    void lineNumbersAreDroppedAsTheRegularExpressionsDroppedThem() {
        for (long seed = 0; seed < 20_000; seed++) {
            Random random = new Random(seed);
            String message = generate(random, 10);
            Set<Integer> lines = new HashSet<>(List.of(random.nextInt(20), 12, 4));
            try {
                for (int end = 0; end <= message.length(); end++) {
                    assertEquals(LINE_WORD.matcher(message.substring(0, end)).find(),
                            Fingerprints.afterLineWord(message, end), "before " + end);
                }
                assertEquals(withoutLineNumbersByRegex(message, lines),
                        Fingerprints.withoutLineNumbers(message, lines));
            } catch (AssertionError e) {
                fail("fails for seed " + seed + " on \"" + escaped(message) + "\"", e);
            }
        }
    }

    @Test
    void spacesCollapseAsReplaceAllCollapsedThem() {
        for (long seed = 0; seed < 5_000; seed++) {
            String text = generate(new Random(seed), 12);
            assertEquals(text.replaceAll("\\s+", " "), Fingerprints.collapseSpaces(text), () -> escaped(text));
        }
    }

    @Test
    void aHashStoppedAfterALineGivesThatLineAndThoseBeforeItTheirWholeTextValues() {
        for (long seed = 0; seed < 2_000; seed++) {
            String text = generate(new Random(seed), 60);
            LineHash whole = LineHash.of(text);
            for (int lastLine = 1; lastLine <= whole.lineCount(); lastLine++) {
                LineHash start = LineHash.of(text, lastLine);
                for (int line = 1; line <= lastLine; line++) {
                    assertEquals(whole.at(line), start.at(line), "line " + line + " of " + lastLine + " in \""
                            + escaped(text) + "\"");
                }
            }
        }
    }

    /** What withoutLineNumbers did before it scanned by hand. */
    private static String withoutLineNumbersByRegex(String message, Set<Integer> lines) {
        StringBuilder out = new StringBuilder();
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

    private static String generate(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxPieces + 1); i > 0; i--) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04X", c)
                : String.valueOf((char) c)));
        return out.toString();
    }
}
