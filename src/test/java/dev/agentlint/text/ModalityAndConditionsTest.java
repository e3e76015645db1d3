package dev.agentlint.text;

import static dev.agentlint.text.TestAgents.body;
import static dev.agentlint.text.TestAgents.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.text.analysis.ConditionKind;
import dev.agentlint.text.analysis.DocumentAnalysis;
import dev.agentlint.text.analysis.Modality;
import dev.agentlint.text.analysis.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Modality, negation scope and conditions of statements, read from sentences as agent files write them. */
class ModalityAndConditionsTest {

    @Test
    void modalTriggersGiveTheirModalityAndTheVerbItsClass() {
        DocumentAnalysis analysis = body("""
                - You MUST NOT modify files outside your Python module directory.
                - You must run `pytest` before committing.
                - You should prefer small commits.
                - You may read any file in the repository.
                - Avoid raw SQL in request handlers.
                - Write unit tests for every new endpoint.
                """);
        assertModality(analysis, "MUST NOT modify", Modality.PROHIBITION, "modify");
        assertModality(analysis, "must run", Modality.OBLIGATION, "run");
        assertModality(analysis, "may read", Modality.PERMISSION, "read");
        assertModality(analysis, "Avoid raw SQL", Modality.DISCOURAGEMENT, "use");
        assertModality(analysis, "Write unit tests", Modality.IMPERATIVE, "modify");
        assertEquals(Modality.RECOMMENDATION, statement(analysis, "should prefer").modality());
    }

    @Test
    void negationStopsAtTheClauseBoundary() {
        Statement read = statement(body("""
                - Read any file in the project for context, including frontend code — but NEVER modify frontend files
                """), "Read any file");
        Statement modify = statement(body("""
                - Read any file in the project for context, including frontend code — but NEVER modify frontend files
                """), "NEVER modify");
        assertEquals("read", read.actions().get(0).actionClass());
        assertFalse(read.modality().negative(), read.toString());
        assertEquals(Modality.PROHIBITION, modify.modality());
        assertEquals(List.of("file"), modify.object().heads());
        assertTrue(modify.object().qualifiers().contains("frontend"));
    }

    @Test
    void negationCarriesOverCoordinatedVerbsAndCommaListsOfSteps() {
        DocumentAnalysis analysis = body("- Never commit secrets or push to main.\n- Do not dump or print secrets.\n");
        Statement push = statement(analysis, "push to main");
        assertEquals(Modality.PROHIBITION, push.modality());
        assertEquals("push", push.actions().get(0).lemma());
        Statement print = statement(analysis, "dump or print");
        assertEquals(List.of("dump", "print"), print.actions().stream().map(a -> a.lemma()).toList());
    }

    @Test
    void pseudoNegationsAndNothingObjectsAreReadForWhatTheyMean() {
        DocumentAnalysis analysis = body("""
                - Not only run the tests but also read the coverage report.
                - Touch zero test files.
                - Make no changes to the public API.
                - No secrets in logs.
                """);
        assertFalse(statement(analysis, "Not only").modality().negative());
        assertEquals(Modality.PROHIBITION, statement(analysis, "Touch zero").modality());
        Statement noChanges = statement(analysis, "Make no changes");
        assertEquals(Modality.PROHIBITION, noChanges.modality());
        assertEquals("modify", noChanges.actions().get(0).actionClass(), "a light verb takes its object's meaning");
        assertEquals(Modality.PROHIBITION, statement(analysis, "No secrets").modality());
    }

    @Test
    void conditionsAndExceptionsAreRecorded() {
        DocumentAnalysis analysis = body("""
                - Do NOT add comments unless explicitly asked by the user.
                - If you expose new API endpoints, append them to plan.md contracts section.
                - Never deploy without approval from the release manager.
                - You MUST read `shared/plan.md` before writing ORM models.
                - Write tests first when possible.
                """);
        Statement comments = statement(analysis, "add comments");
        assertEquals(ConditionKind.UNLESS, comments.conditions().get(0).kind());
        assertTrue(comments.conditions().get(0).exception());
        Statement append = statement(analysis, "append them");
        assertEquals(Modality.IMPERATIVE, append.modality(), "the main clause after a leading If-clause instructs");
        assertEquals(ConditionKind.IF, append.conditions().get(0).kind());
        assertEquals("you expose new API endpoints", append.conditions().get(0).text());
        assertEquals(ConditionKind.WITHOUT, statement(analysis, "deploy").conditions().get(0).kind());
        Statement read = statement(analysis, "MUST read");
        assertEquals(ConditionKind.TEMPORAL, read.conditions().get(0).kind());
        assertFalse(read.writes(), "\"writing ORM models\" is the condition, not the action");
        assertTrue(statement(analysis, "tests first").conditional());
    }

    @Test
    void aClauseWithoutAVerbKeepsItsConditionsButNoObject() {
        DocumentAnalysis analysis = body("""
                - You are strictly read-only unless the user asks for a fix.
                - No new dependencies.
                - Never add new dependencies.
                """);
        Statement readOnly = statement(analysis, "read-only");
        assertTrue(readOnly.actions().isEmpty(), readOnly.toString());
        assertEquals(ConditionKind.UNLESS, readOnly.conditions().get(0).kind());
        Statement noDependencies = statement(analysis, "No new");
        assertEquals(Modality.PROHIBITION, noDependencies.modality());
        assertTrue(noDependencies.object().empty(), "only an action's object is read: " + noDependencies);
        assertEquals(List.of("dependency"), statement(analysis, "Never add").object().heads());
    }

    @Test
    void onlyTheAgentIsInstructedAndLabelsAreSubjects() {
        DocumentAnalysis analysis = body("""
                - Tests must pass before you commit.
                - **Parameterized Queries**: Never use string interpolation.
                - For Python files, use `ruff` to format.
                """);
        assertFalse(statement(analysis, "Tests must pass").aboutAgent());
        Statement interpolation = statement(analysis, "string interpolation");
        assertEquals(List.of("parameterized query"), interpolation.scope());
        assertEquals(List.of("python file"), statement(analysis, "use `ruff`").scope());
    }

    @Test
    void nounPhrasesInListsAreNotImperatives() {
        DocumentAnalysis analysis = body("- Test coverage improvement\n- Review the plan\n- Check for existing helpers\n");
        assertEquals(Modality.NONE, statement(analysis, "Test coverage").modality());
        assertEquals(Modality.IMPERATIVE, statement(analysis, "Review the plan").modality());
        assertEquals(Modality.IMPERATIVE, statement(analysis, "Check for").modality());
    }

    private static void assertModality(DocumentAnalysis analysis, String fragment, Modality modality,
            String actionClass) {
        Statement statement = statement(analysis, fragment);
        assertEquals(modality, statement.modality(), statement.toString());
        assertEquals(actionClass, statement.actions().get(0).actionClass(), statement.toString());
    }
}
