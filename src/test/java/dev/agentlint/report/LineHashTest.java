package dev.agentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hashes must equal those the GitHub upload action computes, or alerts lose their history. */
class LineHashTest {

    @Test
    void emptyText() {
        assertEquals(List.of("c129715d7a2bc9a3:1"), hashes(""));
    }

    @Test
    void leadingWhitespaceAndTabsAreSkipped() {
        assertEquals(List.of("271789c17abda88f:1", "54703d4cd895b18:1", "180aee12dab6264:1", "a23a3dc5e078b07b:1"),
                hashes(" a\nb\n  \t\tc\n d"));
    }

    @Test
    void carriageReturnsCountAsLineFeeds() {
        List<String> unix = hashes(" a\nb\n  \t\tc\n d");
        assertEquals(unix, hashes(" a\r\nb\r\n  \t\tc\r\n d"));
        assertEquals(unix, hashes(" a\rb\r  \t\tc\r d"));
    }

    @Test
    void oneHashPerLineIncludingAnEmptyLastLine() {
        assertEquals(3, hashes("a\nb\n").size());
        assertEquals(1, hashes("no line break").size());
    }

    @Test
    void identicalLinesAreCounted() {
        // Same content and same following window: the counter tells the occurrences apart.
        List<String> hashes = hashes("x\n".repeat(150));
        assertEquals(151, hashes.size());
        String first = hashes.get(0);
        String second = hashes.get(1);
        assertEquals(first.substring(0, first.indexOf(':')), second.substring(0, second.indexOf(':')));
        assertEquals("1", first.substring(first.indexOf(':') + 1));
        assertEquals("2", second.substring(second.indexOf(':') + 1));
    }

    @Test
    void windowRunsOnIntoFollowingLines() {
        assertNotEquals(hashes("a\nb").get(0), hashes("a\nc").get(0));
        // ...but only for 100 characters
        String filler = "y".repeat(100);
        assertEquals(hashes(filler + "\nb").get(0), hashes(filler + "\nc").get(0));
    }

    @Test
    void longTextHashesEveryLine() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append("line ").append(i).append(": some text\n");
        }
        List<String> hashes = hashes(text.toString());
        assertEquals(1001, hashes.size());
        // A line's hash depends only on the text from its start on.
        assertEquals(hashes.get(500), hashes(text.substring(text.indexOf("line 500:"))).get(0));
    }

    @Test
    void everyLineHasTheHashOfTheHundredCharactersFromItsStartAsTheActionDefinesItOnRandomTexts() {
        String[] pieces = {"a", "b", "Z", " ", "\t", "\n", "\r", "\r\n", "\u00e9", "x".repeat(120), "  \n"};
        Random random = new Random(13);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            List<String> expected = byDefinition(text.toString());
            assertEquals(expected, hashes(text.toString()), text::toString);
            int lastLine = 1 + random.nextInt(expected.size());
            LineHash stopped = LineHash.of(text.toString(), lastLine);
            for (int line = 1; line <= lastLine; line++) {
                assertEquals(expected.get(line - 1), stopped.at(line), text::toString);
            }
        }
    }

    /**
     * The action's definition, written out: the characters fed (no spaces or tabs, a line break for {@code \r\n}
     * and {@code \r}), the end of the file and then zeros; each line's hash is that of the 100 fed from its start.
     */
    private static List<String> byDefinition(String text) {
        List<Integer> fed = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        boolean atLineStart = true;
        boolean afterCarriageReturn = false;
        for (char c : text.toCharArray()) {
            if (c == ' ' || c == '\t' || afterCarriageReturn && c == '\n') {
                afterCarriageReturn = false;
                continue;
            }
            afterCarriageReturn = c == '\r';
            if (atLineStart) {
                starts.add(fed.size());
            }
            atLineStart = c == '\n' || c == '\r';
            fed.add(afterCarriageReturn ? (int) '\n' : (int) c);
        }
        if (atLineStart) {
            starts.add(fed.size());
        }
        fed.add(65535);
        fed.addAll(Collections.nCopies(100, 0));
        List<String> values = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int start : starts) {
            long hash = 0;
            for (int k = start; k < start + 100; k++) {
                hash = hash * 37 + fed.get(k);
            }
            values.add(Long.toHexString(hash) + ":" + seen.merge(hash, 1, Integer::sum));
        }
        return values;
    }

    /** The value of every line, line 1 first. */
    private static List<String> hashes(String text) {
        LineHash lines = LineHash.of(text);
        return java.util.stream.IntStream.rangeClosed(1, lines.lineCount()).mapToObj(lines::at).toList();
    }
}
