package dev.agentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
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

    /** The value of every line, line 1 first. */
    private static List<String> hashes(String text) {
        LineHash lines = LineHash.of(text);
        return java.util.stream.IntStream.rangeClosed(1, lines.lineCount()).mapToObj(lines::at).toList();
    }
}
