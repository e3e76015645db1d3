package dev.agentlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.agentlint.config.Config;
import dev.agentlint.engine.InputFile;
import dev.agentlint.engine.Linter;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Position;
import dev.agentlint.model.Related;
import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rules.Rules;
import dev.agentlint.schema.SchemaSet;
import java.util.List;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/** Properties that hold for any input, checked on thousands of generated files (seeds are reproducible). */
class ParserPropertiesTest {

    private static final int CASES = 3000;
    private static final Linter LINTER = new Linter(Rules.all(), RuleCatalog.load(Rules.all()), new SchemaSet());
    private static final List<String> PATHS = List.of(".claude/agents/a.md", ".github/agents/a.agent.md",
            ".github/chatmodes/a.chatmode.md", ".opencode/agent/a.md", ".gemini/agents/a.md", ".cursor/agents/a.md",
            "notes/a.md");

    @Test
    void frontMatterSplitLosesNothing() {
        forEachSeed(seed -> {
            SourceText source = SourceText.of(RandomAgentText.generate(seed));
            FrontMatter split = FrontMatter.split(source);
            if (split.present()) {
                String rebuilt = source.line(1) + "\n" + split.yaml(source) + source.slice(split.closingFence())
                        + (split.body(source).isEmpty() && split.closingFence().startLine() == source.lineCount() ? ""
                        : "\n" + split.body(source));
                assertEquals(source.text(), rebuilt);
            } else if (split.status() == FrontMatter.Status.UNTERMINATED) {
                assertEquals(source.text(), source.line(1) + (source.lineCount() > 1 ? "\n" + split.body(source) : ""));
            } else {
                assertEquals(source.text(), split.body(source));
            }
        });
    }

    @Test
    void everyFindingLiesInsideItsFileAndRunsAreDeterministic() {
        forEachSeed(seed -> {
            String text = RandomAgentText.generate(seed);
            String path = PATHS.get((int) Math.floorMod(seed, (long) PATHS.size()));
            List<Finding> first = LINTER.lint(List.of(InputFile.of(path, text)), Config.defaults()).findings();
            SourceText source = SourceText.of(text);
            for (Finding finding : first) {
                assertInside(source, finding.span());
                for (Related related : finding.related()) {
                    assertInside(source, related.span());
                }
                assertTrue(!finding.message().isBlank());
            }
            List<Finding> second = LINTER.lint(List.of(InputFile.of(path, text)), Config.defaults()).findings();
            assertEquals(first, second);
        });
    }

    @Test
    void positionsAndOffsetsRoundTrip() {
        forEachSeed(seed -> {
            SourceText source = SourceText.of(RandomAgentText.generate(seed));
            for (int offset = 0; offset <= source.text().length(); offset += 7) {
                Position position = source.position(offset);
                assertEquals(offset, source.offset(position));
            }
        });
    }

    private static void assertInside(SourceText source, Span span) {
        for (Position position : List.of(span.start(), span.end())) {
            assertTrue(position.line() <= source.lineCount(), "line " + position + " past the end");
            int length = source.line(position.line()).length();
            assertTrue(position.column() <= length + 1, "column " + position + " past a line of " + length);
        }
    }

    private static void forEachSeed(LongConsumer property) {
        for (long seed = 0; seed < CASES; seed++) {
            try {
                property.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                fail("fails for seed " + seed + " on " + escape(RandomAgentText.generate(seed)), e);
            }
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : (char) c));
        return out.append('"').toString();
    }
}
