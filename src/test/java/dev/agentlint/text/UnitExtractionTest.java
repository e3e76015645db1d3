package dev.agentlint.text;

import static dev.agentlint.text.TestAgents.body;
import static dev.agentlint.text.TestAgents.statement;
import static dev.agentlint.text.TestAgents.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.text.analysis.DocumentAnalysis;
import dev.agentlint.text.analysis.Modality;
import dev.agentlint.text.analysis.Statement;
import dev.agentlint.text.analysis.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How context shapes units: table columns, section headings, lead-in lines, code fences and examples. */
class UnitExtractionTest {

    @Test
    void tableColumnsGivePolarityAndRowsGiveSubjects() {
        DocumentAnalysis analysis = body("""
                ### Layer Responsibilities

                | Layer | Does | Does NOT |
                |-------|------|----------|
                | **Routes** | HTTP handling, request validation | Business logic, direct DB access |
                | **Services** | Business logic, orchestration | HTTP concerns, raw SQL |
                """);
        Unit routesDoesNot = unit(analysis, "Business logic, direct DB access");
        Unit servicesDoes = unit(analysis, "Business logic, orchestration");
        assertEquals(Modality.PROHIBITION, routesDoesNot.sectionModality());
        assertEquals(Modality.PERMISSION, servicesDoes.sectionModality());
        assertEquals(List.of("layer", "routes"), routesDoesNot.scope());
        assertEquals(List.of("layer", "services"), servicesDoes.scope());
    }

    @Test
    void sectionHeadingsAndLeadInLinesGiveListItemsTheirModality() {
        DocumentAnalysis analysis = body("""
                ### What You CANNOT Do:
                - Write or modify any frontend code

                ### What You CAN Do:
                - Edit Python source files

                **Never:**
                - commit secrets

                - ❌ Delete files
                """);
        Statement frontend = statement(analysis, "frontend code");
        assertEquals(Modality.PROHIBITION, frontend.modality());
        assertFalse(frontend.explicit(), "the heading, not the item, says it");
        assertEquals(Modality.PERMISSION, statement(analysis, "Edit Python").modality());
        assertEquals(Modality.PROHIBITION, statement(analysis, "commit secrets").modality());
        assertEquals(Modality.PROHIBITION, statement(analysis, "Delete files").modality());
    }

    @Test
    void codeFencesAreNotReadAndExamplesOnlyIllustrate() {
        DocumentAnalysis analysis = body("""
                ### Never

                ```python
                # Never hold connections during long operations
                conn = await db_pool.acquire()
                ```

                Run the tests.

                ## Examples
                - Never modify the tests.

                <example>
                Always rewrite the whole file.
                </example>

                > Never run the deploy script.
                """);
        assertTrue(statements(analysis, "hold connections").isEmpty());
        assertTrue(statement(analysis, "Never modify the tests").illustrative());
        assertTrue(statement(analysis, "rewrite the whole file").illustrative());
        assertTrue(statement(analysis, "deploy script").illustrative());
        assertFalse(statement(analysis, "Run the tests").illustrative());
        assertEquals(1, analysis.directives().size(), analysis.directives().toString());
    }

    @Test
    void sentencesSplitButFileNamesAndAbbreviationsDoNot() {
        DocumentAnalysis analysis = body("Read `shared/plan.md` first. Then update plan.md, e.g. the contracts. Done.\n");
        List<String> texts = analysis.units().stream().map(Unit::text).toList();
        assertEquals(List.of("Read `shared/plan.md` first.", "Then update plan.md, e.g. the contracts.", "Done."), texts);
    }

    @Test
    void statementSpansPointAtTheSourceLine() {
        DocumentAnalysis analysis = body("# Title\n\nIntro.\n\n- one\n- You MUST NOT modify files outside `src/`.\n");
        Statement restriction = statement(analysis, "MUST NOT");
        assertEquals(6, restriction.line());
        assertEquals(3, restriction.span().startColumn());
    }

    private static Unit unit(DocumentAnalysis analysis, String text) {
        return analysis.units().stream().filter(u -> u.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + analysis.units()));
    }
}
