package dev.agentlint.text.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The object lexicon of {@code objects.yaml}: determiners, generic heads, pronouns, field nouns, hypernym classes
 * and compounds, plus a small singular-form reducer. Stems are comparison keys only; messages quote the text.
 */
public final class NounLexicon {

    private final Set<String> determiners = new HashSet<>();
    private final Map<String, Set<String>> impliedByAction = new HashMap<>();
    private final Set<String> generic = new HashSet<>();
    private final Set<String> pronouns = new HashSet<>();
    private final Set<String> fieldNouns = new HashSet<>();
    private final Map<String, Set<String>> classesByWord = new HashMap<>();
    private final Map<String, String> compounds;

    private static final class Holder {
        static final NounLexicon INSTANCE = new NounLexicon(LexiconResource.load("objects"));
    }

    public static NounLexicon get() {
        return Holder.INSTANCE;
    }

    private NounLexicon(LexiconResource data) {
        determiners.addAll(data.strings("determiners"));
        LexiconResource implied = data.section("implied-by-action");
        for (String actionClass : implied.keys()) {
            impliedByAction.put(actionClass, new HashSet<>(implied.strings(actionClass)));
        }
        generic.addAll(data.strings("generic"));
        pronouns.addAll(data.strings("pronouns"));
        fieldNouns.addAll(data.strings("field-nouns"));
        LexiconResource hypernyms = data.section("hypernyms");
        for (String hypernym : hypernyms.keys()) {
            for (String word : hypernyms.strings(hypernym)) {
                classesByWord.computeIfAbsent(word, k -> new HashSet<>()).add(hypernym);
            }
        }
        compounds = data.stringMap("compounds");
    }

    /** A lower-case word reduced to its singular form: "files" to "file", "directories" to "directory". */
    public static String singular(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        int n = w.length();
        if (n <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")
                || w.endsWith("'s")) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("zes")) {
            return w.substring(0, n - 2);
        }
        return w.substring(0, n - 1);
    }

    public boolean determiner(String lower) {
        return determiners.contains(lower);
    }

    /** Whether a qualifier says nothing more than the action does ("create new files"). */
    public boolean impliedBy(String actionClass, String qualifier) {
        Set<String> implied = impliedByAction.get(actionClass);
        return implied != null && implied.contains(qualifier);
    }

    public boolean generic(String singular) {
        return generic.contains(singular);
    }

    public boolean pronoun(String lower) {
        return pronouns.contains(lower);
    }

    public boolean fieldNoun(String singular) {
        return fieldNouns.contains(singular);
    }

    public Set<String> classes(String singular) {
        return classesByWord.getOrDefault(singular, Set.of());
    }

    /** The one-word form of a two-word term starting at {@code words[i]}, or {@code null}. */
    public String compound(List<String> words, int i) {
        if (i + 1 >= words.size()) {
            return null;
        }
        return compounds.get(words.get(i) + " " + words.get(i + 1));
    }
}
