package dev.agentlint.text.analysis;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.parse.MarkdownBody;
import java.util.ArrayList;
import java.util.List;

/**
 * The units of a file's body and the clauses read from each only as far as their modality: for a reader that asks
 * what the instructions say and which of them forbid, not what they act on. Taken from the file's
 * {@link DocumentAnalysis} when a rule has made one, else read by a parser that skips objects and conditions, which
 * costs about two thirds as much: the other agents a pre-commit run compares with are read this way.
 */
public final class ModalReading {

    /** A clause's text and its modality. */
    public record Clause(String text, Modality modality) {
    }

    private final List<Unit> units;
    private final List<List<Clause>> clausesByUnit;

    private ModalReading(List<Unit> units, List<List<Clause>> clausesByUnit) {
        this.units = units;
        this.clausesByUnit = clausesByUnit;
    }

    public static ModalReading of(AgentFile file) {
        return file.derivedIfPresent(DocumentAnalysis.class).map(ModalReading::of)
                .orElseGet(() -> read(file.body()));
    }

    static ModalReading of(DocumentAnalysis analysis) {
        List<List<Clause>> clauses = new ArrayList<>(analysis.units().size());
        for (Unit unit : analysis.units()) {
            clauses.add(clauses(analysis.statementsOf(unit)));
        }
        return new ModalReading(analysis.units(), clauses);
    }

    /** The reading of a Markdown body by the parser that stops at each clause's modality. */
    static ModalReading read(MarkdownBody body) {
        List<Unit> units = UnitExtractor.extract(body);
        StatementParser parser = StatementParser.modalityOnly();
        List<List<Clause>> clauses = new ArrayList<>(units.size());
        for (Unit unit : units) {
            clauses.add(clauses(parser.parse(unit)));
        }
        return new ModalReading(List.copyOf(units), clauses);
    }

    private static List<Clause> clauses(List<Statement> statements) {
        List<Clause> clauses = new ArrayList<>(statements.size());
        for (Statement statement : statements) {
            clauses.add(new Clause(statement.text(), statement.modality()));
        }
        return clauses;
    }

    public List<Unit> units() {
        return units;
    }

    /** The clauses read from one unit of {@link #units()}, in order. */
    public List<Clause> clausesOf(Unit unit) {
        return clausesByUnit.get(unit.order());
    }
}
