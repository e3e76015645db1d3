package dev.agentlint.text.analysis;

import dev.agentlint.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One clause of a {@link Unit} read as a directive: its modality, the actions it names, their object, the
 * conditions that limit it and the subject scope it is about. Immutable.
 */
public final class Statement {

    private final Unit unit;
    private final int start;
    private final int end;
    private final Modality modality;
    private final boolean explicit;
    private final String trigger;
    private final List<Action> actions;
    private final ObjectPhrase object;
    private final List<Condition> conditions;
    private final boolean exclusive;
    private final String subject;
    private final boolean aboutAgent;
    private final List<String> scope;
    private final List<Token> tokens;

    Statement(Unit unit, int start, int end, Modality modality, boolean explicit, String trigger, List<Action> actions,
            ObjectPhrase object, List<Condition> conditions, boolean exclusive, String subject, boolean aboutAgent,
            String forScope, List<Token> tokens) {
        this.unit = unit;
        this.start = start;
        this.end = end;
        this.modality = modality;
        this.explicit = explicit;
        this.trigger = trigger;
        this.actions = actions.isEmpty() ? List.of() : List.copyOf(actions);
        this.object = object;
        this.conditions = conditions.isEmpty() ? List.of() : List.copyOf(conditions);
        this.exclusive = exclusive;
        this.subject = subject;
        this.aboutAgent = aboutAgent;
        if (forScope != null && !forScope.isEmpty()) {
            List<String> fullScope = new ArrayList<>(unit.scope());
            fullScope.add(forScope);
            this.scope = List.copyOf(fullScope);
        } else {
            this.scope = unit.scope();
        }
        this.tokens = tokens;
    }

    public Unit unit() {
        return unit;
    }

    public Modality modality() {
        return modality;
    }

    /** Whether the statement states its modality itself, rather than taking it from its section or column. */
    public boolean explicit() {
        return explicit;
    }

    /** The modal words as written ("MUST NOT"), or an empty string. */
    public String trigger() {
        return trigger;
    }

    public List<Action> actions() {
        return actions;
    }

    public ObjectPhrase object() {
        return object;
    }

    public List<Condition> conditions() {
        return conditions;
    }

    public boolean conditional() {
        return !conditions.isEmpty();
    }

    /** Whether "only" limits the statement ("You may only modify files in docs/"). */
    public boolean exclusive() {
        return exclusive;
    }

    /** The grammatical subject before the modal, lower case, or an empty string for an imperative. */
    public String subject() {
        return subject;
    }

    /** Whether the statement instructs the agent itself, not describes another subject ("Tests must pass"). */
    public boolean aboutAgent() {
        return aboutAgent;
    }

    /** The subjects the statement is about: its unit's scope plus a leading "For X," phrase. */
    public List<String> scope() {
        return scope;
    }

    /** Whether the statement comes from an example, a template or a quote. */
    public boolean illustrative() {
        return unit.illustrative();
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String text() {
        return unit.region().text().substring(start, end);
    }

    public Span span() {
        return unit.region().span(start, end);
    }

    /** The span of part of the statement, such as a path it mentions. */
    public Span span(int from, int to) {
        return unit.region().span(from, to);
    }

    public int line() {
        return unit.region().line(start);
    }

    public boolean hasAction() {
        return !actions.isEmpty();
    }

    /** Whether any of the statement's actions writes (creates, changes or deletes). */
    public boolean writes() {
        for (Action action : actions) {
            if (action.writes()) {
                return true;
            }
        }
        return false;
    }

    /** A directive that takes part in comparisons: not illustrative, about the agent, with an action. */
    public boolean directive() {
        return !illustrative() && aboutAgent && hasAction() && modality != Modality.NONE;
    }

    @Override
    public String toString() {
        return line() + " " + modality + (explicit ? "" : "*") + " " + actions.stream().map(Action::lemma).toList()
                + " " + object.heads() + object.qualifiers() + (conditions.isEmpty() ? "" : " if " + conditions)
                + " :: " + text();
    }
}
