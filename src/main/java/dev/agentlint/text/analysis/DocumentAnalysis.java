package dev.agentlint.text.analysis;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.parse.MarkdownBody;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text analysis of one agent file's body: its units and the statements read from them, plus the paths the
 * document names. Several rules read the same analysis, so it is computed once per file and kept while the file
 * is alive (weakly keyed by the file object, so nothing outlives a run).
 */
public final class DocumentAnalysis {


    private final List<Unit> units;
    private final List<Statement> statements;
    private final List<Statement> directives;
    private final Map<String, List<String>> fullPathsByFileName;
    private final List<List<Statement>> statementsByUnit;

    private DocumentAnalysis(List<Unit> units, List<Statement> statements) {
        this.units = List.copyOf(units);
        this.statements = List.copyOf(statements);
        List<Statement> directing = new ArrayList<>();
        for (Statement statement : this.statements) {
            if (statement.directive()) {
                directing.add(statement);
            }
        }
        this.directives = List.copyOf(directing);
        this.fullPathsByFileName = indexPaths(statements);
        List<List<Statement>> byUnit = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            byUnit.add(new ArrayList<>(2));
        }
        for (Statement statement : statements) {
            byUnit.get(statement.unit().order()).add(statement);
        }
        this.statementsByUnit = byUnit;
    }

    /** The analysis of a file's body, computed on first use. */
    public static DocumentAnalysis of(AgentFile file) {
        return file.derived(DocumentAnalysis.class, f -> of(f.body()));
    }

    /** The analysis of a Markdown body, uncached. */
    public static DocumentAnalysis of(MarkdownBody body) {
        List<Unit> units = UnitExtractor.extract(body);
        StatementParser parser = new StatementParser();
        List<Statement> statements = new ArrayList<>();
        for (Unit unit : units) {
            statements.addAll(parser.parse(unit));
        }
        return new DocumentAnalysis(units, statements);
    }

    public List<Unit> units() {
        return units;
    }

    /** Every statement, in document order. */
    public List<Statement> statements() {
        return statements;
    }

    /** The statements read from one unit, in order. */
    public List<Statement> statementsOf(Unit unit) {
        return Collections.unmodifiableList(statementsByUnit.get(unit.order()));
    }

    /** The statement of a unit that contains an offset of the unit's text, or {@code null}. */
    public Statement statementAt(Unit unit, int offset) {
        for (Statement statement : statementsByUnit.get(unit.order())) {
            if (offset >= statement.start() && offset < statement.end()) {
                return statement;
            }
        }
        return null;
    }

    /** The statements that take part in comparisons: not illustrative, about the agent, with an action. */
    public List<Statement> directives() {
        return directives;
    }

    /**
     * The full path the document gives a bare file name: {@code task_list.json} is {@code shared/task_list.json}
     * when that is the only path with this name the document mentions.
     */
    public Optional<String> fullPathOf(String fileName) {
        List<String> candidates = fullPathsByFileName.get(fileName);
        return candidates != null && candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static Map<String, List<String>> indexPaths(List<Statement> statements) {
        Map<String, List<String>> index = new HashMap<>();
        for (Statement statement : statements) {
            for (Token token : statement.tokens()) {
                PathRef path = PathExtractor.fromToken(token);
                if (path != null && !path.bare()) {
                    List<String> known = index.computeIfAbsent(path.fileName(), k -> new ArrayList<>());
                    if (!known.contains(path.normalised()) && known.size() < 4) {
                        known.add(path.normalised());
                    }
                }
            }
        }
        return index;
    }
}
