package dev.agentlint.text.analysis;

import java.util.List;
import java.util.Set;

/**
 * What a statement acts on: the noun phrase after its verb, up to a clause boundary or a condition.
 *
 * @param text the phrase as written
 * @param heads the singular head nouns of its coordinated parts ("code, tests and types": code, test, type), or
 *     the exact text of a code span used as a head
 * @param qualifiers the other content words, singular, including those of prepositional phrases
 * @param headClasses hypernym classes of the heads ("docstring": comment)
 * @param paths every path mentioned in the phrase
 * @param targets the paths written to or acted on: in the noun phrase itself or after in, into, to, under, within,
 *     inside, at, of or onto (not after from or for)
 * @param outside the text of an "outside (of) ..." or "beyond ..." phrase, or {@code null}
 * @param outsidePaths the paths of that phrase
 * @param exclusive whether "only" limits the phrase to a place ("only files in docs/")
 * @param onlyMeans whether "only" limits how the action is done ("only through the lead agent")
 * @param pronoun whether the phrase is only a pronoun ("it", "them")
 */
public record ObjectPhrase(String text, List<String> heads, Set<String> qualifiers, Set<String> headClasses,
        List<PathRef> paths, List<PathRef> targets, String outside, List<PathRef> outsidePaths, boolean exclusive,
        boolean onlyMeans, boolean pronoun) {

    public static final ObjectPhrase NONE = new ObjectPhrase("", List.of(), Set.of(), Set.of(), List.of(), List.of(),
            null, List.of(), false, false, false);

    public ObjectPhrase {
        heads = List.copyOf(heads);
        qualifiers = Set.copyOf(qualifiers);
        headClasses = Set.copyOf(headClasses);
        paths = List.copyOf(paths);
        targets = List.copyOf(targets);
        outsidePaths = List.copyOf(outsidePaths);
    }

    public boolean empty() {
        return heads.isEmpty() && paths.isEmpty();
    }
}
