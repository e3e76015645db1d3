package dev.agentlint.text;

import static dev.agentlint.text.TestAgents.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.text.analysis.ContradictionFinder;
import dev.agentlint.text.analysis.ReadOnlyConflicts;
import dev.agentlint.text.analysis.WriteScope;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which statement pairs conflict, and which writes leave a restricted scope. */
class ContradictionsAndScopesTest {

    @Test
    void sameActionAndObjectConflict() {
        List<ContradictionFinder.Conflict> conflicts = ContradictionFinder.find(body("""
                - Never modify the tests.
                - Update the tests to match the new function names.
                """));
        assertEquals(1, conflicts.size());
        assertTrue(conflicts.get(0).high());
        assertEquals(2, conflicts.get(0).later().line());
    }

    @Test
    void readingIsNotModifyingAndNarrowerProhibitionsDoNotCoverWiderInstructions() {
        assertTrue(ContradictionFinder.find(body("""
                - Read any file in the project for context, including frontend code — but NEVER modify frontend files
                - Edit Python source files.
                - Never overwrite an existing hook.
                - Add a local hook for commit messages.
                - Do not run migrations on the main database branch.
                - Run migrations on the test database branch.
                """)).isEmpty());
    }

    @Test
    void conditionsSoftWordingAndClassMatchesAreMediumAtMost() {
        List<ContradictionFinder.Conflict> conflicts = ContradictionFinder.find(body("""
                - Do NOT add comments unless explicitly asked by the user.
                - Add comments to complex functions.
                - Avoid `print()`.
                - Use `print()` for progress output.
                - Never add comments.
                - Add docstrings for public APIs.
                """));
        assertEquals(3, conflicts.size(), conflicts.toString());
        assertTrue(conflicts.stream().noneMatch(ContradictionFinder.Conflict::high));
    }

    @Test
    void differentSubjectsAndConsistentPairsAreNotConflicts() {
        assertTrue(ContradictionFinder.find(body("""
                ## Python services
                - Never use `print()`.

                ## Scripts
                - Use `print()` for progress output.

                ## Rules
                - Never deploy without approval.
                - Deploy when the release manager approves.
                - Only terminate your turn when the problem is solved.
                - Never end your turn without having solved the problem.
                - Use `unknown`, not `any`.
                - Never use `any`.
                """)).isEmpty());
    }

    @Test
    void writesOutsideAnOwnScopeAreThoseIntoSharedFolders() {
        List<WriteScope.Violation> violations = WriteScope.violations(body("""
                1. Read `shared/task_list.json`, find tasks assigned to you, set status to `in_progress`.
                2. Mark the task as done in `task_list.json`.
                3. Create `config.yaml` if it is missing.
                4. Write the module code in `src/billing/`.

                - You MUST NOT modify files outside your Python module directory.
                """));
        assertEquals(List.of(1, 2), violations.stream().map(v -> v.step().line()).toList());
        assertEquals("shared/task_list.json", violations.get(1).target().normalised(),
                "a bare name is resolved to the path the document gives it");
        assertTrue(violations.stream().allMatch(WriteScope.Violation::high));
    }

    @Test
    void concreteScopesExceptionsAndDelegatedWrites() {
        List<WriteScope.Violation> violations = WriteScope.violations(body("""
                - Only write files in `docs/`, except `CHANGELOG.md`.
                - Save each guide to `docs/guides/`.
                - Update `CHANGELOG.md` with the new guide.
                - Update `shared/tasks.json` only through the lead agent.
                - Write the summary to `reports/summary.md`.
                """));
        assertEquals(1, violations.size(), violations.toString());
        assertEquals("reports/summary.md", violations.get(0).target().normalised());
        assertFalse(WriteScope.restrictions(body("- Do not modify files outside the scope of the task.\n")).size() > 0,
                "a task scope is not a place");
    }

    @Test
    void readOnlySubjectsConflictOnlyWithWritesAboutTheSameSubject() {
        List<ReadOnlyConflicts.Conflict> conflicts = ReadOnlyConflicts.find(body("""
                ## Postgres
                - Keep **read-only** unless explicitly allowed.
                - `get_schema` to validate migrations.
                - `query` for fixture seeding.
                - Never update production rows.

                ## Slides
                - Keep reference decks read-only; never mutate supplied slides.
                - Write the layout contract as JSON.
                - Switch to read-only before large searches, then write the summary.
                """));
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals("seeding", conflicts.get(0).write().region().text().substring(conflicts.get(0).wordStart(),
                conflicts.get(0).wordEnd()));
    }
}
