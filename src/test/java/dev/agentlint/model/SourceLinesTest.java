package dev.agentlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link SourceLines}: the lines kept read as the whole text gives them, and no other line is made up. */
class SourceLinesTest {

    private static final SourceText AGENT = SourceText.of("\uFEFF---\r\nname: reviewer\r\ndescription: Reviews — "
            + "\u2026\rtools: Read\n---\nRead the diff.");

    @Test
    void keptLinesAreThoseOfTheText() {
        SourceLines lines = SourceLines.of(AGENT, new int[] {6, 3, 1, 3, 2});

        assertEquals(4, lines.size());
        assertEquals("---", lines.line(1));
        assertEquals("name: reviewer", lines.line(2));
        assertEquals("description: Reviews — \u2026", lines.line(3));
        assertEquals("Read the diff.", lines.line(6));
        assertNull(lines.line(4), "a line not asked for is not kept");
        assertNull(lines.line(5));
        assertTrue(lines.hasAll(new int[] {1, 3, 6}));
        assertTrue(lines.hasAll(new int[0]));
        assertFalse(lines.hasAll(new int[] {1, 4}), "line 4 is not kept");
    }

    @Test
    void linesPastTheEndAreLeftOut() {
        SourceLines lines = SourceLines.of(AGENT, new int[] {0, 7, 40});

        assertEquals(0, lines.size());
        assertNull(lines.line(7));
    }

    @Test
    void linesOutOfOrderOrWithoutTextAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SourceLines(new int[] {3, 2}, new String[] {"a", "b"}));
        assertThrows(IllegalArgumentException.class, () -> new SourceLines(new int[] {2, 2}, new String[] {"a", "b"}));
        assertThrows(IllegalArgumentException.class, () -> new SourceLines(new int[] {0}, new String[] {"a"}));
        assertThrows(IllegalArgumentException.class, () -> new SourceLines(new int[] {1}, new String[] {null}));
        assertThrows(IllegalArgumentException.class, () -> new SourceLines(new int[] {1}, new String[0]));
    }
}
