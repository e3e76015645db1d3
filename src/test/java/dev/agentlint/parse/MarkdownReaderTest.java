package dev.agentlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentlint.model.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    private static final String SUBAGENT = """
            ---
            description: Builds Python services
            ---
            You are a PYTHON CODER SUBAGENT.

            <workflow>
            1. **Read plan.md**: Read `shared/plan.md` for API contracts.
            2. **Task Update**: Mark task as done in `task_list.json`.
            </workflow>

            <output_format>
            When complete, report back with:
            - Files created/modified
            - Commit messages made
            </output_format>

            ```xml
            <guardrails>
            - not a section: this is an example
            ```
            """;

    private final MarkdownBody body = MarkdownReader.read(SourceText.of(SUBAGENT), 4);

    @Test
    void tagLinesOpenSectionsWhoseContentIsReadAsMarkdown() {
        List<Block> items = body.blocks(Block.Kind.LIST_ITEM).toList();
        assertEquals(4, items.size());
        assertEquals(List.of("workflow"), items.get(0).tags());
        assertEquals("**Read plan.md**: Read `shared/plan.md` for API contracts.", items.get(0).text());
        assertEquals(7, items.get(0).firstLine());
        assertEquals(4, items.get(0).segments().get(0).column(), "positions stay those of the file");
        assertEquals(List.of("output_format"), items.get(2).tags(), "an underscore in the tag name is fine");
        assertEquals("Files created/modified", items.get(2).text());
    }

    /** Only titles have their inline markup read: emphasis, code spans and links give their text. */
    @Test
    void headingTitlesAreTheirTextWithoutInlineMarkup() {
        MarkdownBody titled = MarkdownReader.read(SourceText.of("""
                ## **Output** `format` for [the parent][parent]

                Return *only* JSON. See [docs](https://example.com).

                Escaped \\*stars\\*
                ===

                > ### 1. _Quoted_ step

                [parent]: https://example.com/parent
                """), 1);
        List<Block> headings = titled.blocks(Block.Kind.HEADING).toList();
        assertEquals(List.of("Output format for the parent", "Escaped *stars*", "1. Quoted step"),
                headings.stream().map(Block::info).toList());
        Block paragraph = titled.blocks(Block.Kind.PARAGRAPH).findFirst().orElseThrow();
        assertEquals("Return *only* JSON. See [docs](https://example.com).", paragraph.text());
        assertEquals(List.of("Output format for the parent"), paragraph.headings());
    }

    @Test
    void textOutsideSectionsAndTagsInsideCodeAreNotInASection() {
        Block intro = body.blocks(Block.Kind.PARAGRAPH).findFirst().orElseThrow();
        assertEquals(List.of(), intro.tags());
        Block code = body.blocks(Block.Kind.CODE).findFirst().orElseThrow();
        assertEquals(List.of(), code.tags());
        assertEquals("xml", code.info());
    }

    @Test
    void tablesKeepTheirHeaderAndCells() {
        MarkdownBody table = MarkdownReader.read(SourceText.of("""
                | Layer | Does | Does NOT |
                |---|---|---|
                | **Routes** | HTTP handling | Business logic |
                """), 1);
        List<Block> rows = table.blocks(Block.Kind.TABLE_ROW).toList();
        assertEquals(2, rows.size());
        assertEquals("Layer|Does|Does NOT", rows.get(1).info());
        assertEquals("Business logic", rows.get(1).cells().get(2).text());
        assertEquals(3, rows.get(1).cells().get(2).line());
    }
}
