package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A path the report prints as it is in a run from the root is one the path operations would leave alone. */
class PlainPathTest {

    private static final Path ROOT = Path.of("/work/repo");

    @Test
    void aPlainPathIsWhatThePathOperationsMakeOfIt() {
        Random random = new Random(23);
        String[] parts = {"a", "b", ".", "..", "...", ".claude", "x.md", "/", "/", "\\", " "};
        int plain = 0;
        for (int round = 0; round < 50_000; round++) {
            StringBuilder path = new StringBuilder();
            for (int i = random.nextInt(7); i >= 0; i--) {
                path.append(parts[random.nextInt(parts.length)]);
            }
            String text = path.toString();
            if (CheckCommand.plain(text)) {
                plain++;
                assertEquals(text, ROOT.relativize(ROOT.resolve(text).normalize()).toString(), text);
            }
        }
        assertTrue(plain > 1_000, "too few plain paths tried: " + plain);
    }

    @Test
    void namesThatThePathOperationsChangeAreNotPlain() {
        assertTrue(CheckCommand.plain(".claude/agents/code-reviewer.md"));
        assertTrue(CheckCommand.plain("a/.../b"));
        for (String path : new String[] {"", "/a", "a/", "a//b", "./a", "a/./b", "a/../b", "..", "a\\b"}) {
            assertFalse(CheckCommand.plain(path), path);
        }
    }
}
