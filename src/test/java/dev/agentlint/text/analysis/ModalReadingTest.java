package dev.agentlint.text.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.model.SourceText;
import dev.agentlint.parse.Decoder;
import dev.agentlint.parse.MarkdownBody;
import dev.agentlint.parse.MarkdownReader;
import dev.agentlint.text.TestAgents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reading that stops at each clause's modality must give every clause the text and modality the full analysis
 * gives it: agent profiles are built from either, depending on whether a rule analysed the file first.
 */
class ModalReadingTest {

    /** Parts of instructions whose modality depends on the clause before, on a section, or on what follows a verb. */
    private static final String[] CLAUSES = {
        "Review the API handlers", "never modify the tests", "but never push to main", "not the frontend",
        "make no changes to the schema", "make changes to the docs only", "Do not dump or print secrets",
        "You must run `pytest` before committing", "You may read any file", "Avoid raw SQL in handlers",
        "the report must be reviewed by a lead", "If the build fails, stop and report", "Only edit files in `src/`",
        "touch zero test files", "Write unit tests for every endpoint", "use the code-reviewer agent",
        "You should not delete branches", "Prefer small commits", "Don't run migrations, ask first",
        "For security, never log tokens", "Always explain the change", "Use `gh` to open pull requests",
    };
    private static final String[] LEADS = {"", "- ", "1. ", "**Never:** ", "**Rules:** ", "> "};
    private static final String[] HEADINGS = {"", "## Never\n\n", "## Do not\n\n", "## Process\n\n",
        "## What you do\n\n", "## Constraints\n\n"};
    private static final String[] JOINS = {", ", " and ", "; ", ". ", ", then ", " — "};

    @Test
    void everyFixtureReadsAsTheFullAnalysisDoes() throws IOException {
        int clauses = 0;
        try (Stream<Path> files = Files.walk(Path.of("fixtures"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Decoder.decode(Files.readAllBytes(file)).text();
                MarkdownBody body = TestAgents.parse(".claude/agents/" + file.getFileName(), text).body();
                clauses += assertSameReading(body, file.toString());
            }
        }
        assertTrue(clauses > 500, "the fixtures hold enough clauses to compare: " + clauses);
    }

    @Test
    void generatedInstructionsReadAsTheFullAnalysisDoes() {
        Random random = new Random(31);
        int negative = 0;
        int positive = 0;
        for (int round = 0; round < 1500; round++) {
            String markdown = body(random);
            MarkdownBody body = MarkdownReader.read(SourceText.of(markdown), 1);
            assertSameReading(body, markdown);
            for (List<ModalReading.Clause> clauses : clausesByUnit(ModalReading.read(body))) {
                for (ModalReading.Clause clause : clauses) {
                    if (clause.modality().negative()) {
                        negative++;
                    } else if (clause.modality() != Modality.NONE) {
                        positive++;
                    }
                }
            }
        }
        assertTrue(negative > 1000 && positive > 1000, "both kinds of modality were read: " + negative + ", " + positive);
    }

    /** Asserts that both readings give the same clauses per unit; returns how many there are. */
    private static int assertSameReading(MarkdownBody body, String what) {
        List<List<ModalReading.Clause>> full = clausesByUnit(ModalReading.of(DocumentAnalysis.of(body)));
        List<List<ModalReading.Clause>> light = clausesByUnit(ModalReading.read(body));
        assertEquals(full, light, what);
        return full.stream().mapToInt(List::size).sum();
    }

    private static List<List<ModalReading.Clause>> clausesByUnit(ModalReading reading) {
        List<List<ModalReading.Clause>> clauses = new ArrayList<>();
        for (Unit unit : reading.units()) {
            clauses.add(reading.clausesOf(unit));
        }
        return clauses;
    }

    private static String body(Random random) {
        StringBuilder markdown = new StringBuilder(pick(random, HEADINGS));
        int lines = 1 + random.nextInt(4);
        for (int line = 0; line < lines; line++) {
            markdown.append(pick(random, LEADS)).append(pick(random, CLAUSES));
            int more = random.nextInt(3);
            for (int i = 0; i < more; i++) {
                markdown.append(pick(random, JOINS)).append(pick(random, CLAUSES));
            }
            markdown.append(".\n");
        }
        return markdown.toString();
    }

    private static String pick(Random random, String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
