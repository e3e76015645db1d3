package dev.agentlint.text.analysis;

/**
 * A verb of a statement, lemmatised and classified through {@code actions.yaml}.
 *
 * @param written the verb as written ("modifies")
 * @param lemma its base form ("modify")
 * @param actionClass its class ("modify"); light verbs take the class of their object ("make changes": modify)
 * @param group the class group ("write" for modify and create), used to decide whether two actions are compatible
 */
public record Action(String written, String lemma, String actionClass, String group, int start, int end) {

    /** Whether the action creates, changes or deletes files or content. */
    public boolean writes() {
        return group.equals("write") || actionClass.equals("delete");
    }
}
