package dev.agentlint.text.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reviewed lemma table of {@code actions.yaml}: every inflected form of every listed verb maps to its lemma, and
 * every lemma to an action class. Regular forms are derived here so that the data file lists base forms only.
 */
public final class VerbLexicon {

    private final Map<String, String> lemmaByForm = new HashMap<>();
    private final Set<String> baseForms = new HashSet<>();
    private final Map<String, String> classByLemma = new HashMap<>();
    private final Map<String, String> groupByClass = new HashMap<>();
    private final Set<String> nounLike = new HashSet<>();
    private final Set<String> adverbs = new HashSet<>();
    private final Set<String> particles = new HashSet<>();
    private final Set<String> lightVerbs = new HashSet<>();
    private final Map<String, String> nominalizations;

    private static final class Holder {
        static final VerbLexicon INSTANCE = new VerbLexicon(LexiconResource.load("actions"));
    }

    public static VerbLexicon get() {
        return Holder.INSTANCE;
    }

    private VerbLexicon(LexiconResource data) {
        LexiconResource classes = data.section("classes");
        for (String actionClass : classes.keys()) {
            LexiconResource entry = classes.section(actionClass);
            String group = entry.string("group");
            groupByClass.put(actionClass, group.isEmpty() ? actionClass : group);
            for (String verb : entry.strings("verbs")) {
                String previous = classByLemma.put(verb, actionClass);
                if (previous != null && !previous.equals(actionClass)) {
                    throw new IllegalStateException("actions.yaml: \"" + verb + "\" is in both " + previous + " and "
                            + actionClass);
                }
                baseForms.add(verb);
                for (String form : regularForms(verb)) {
                    lemmaByForm.putIfAbsent(form, verb);
                }
            }
        }
        LexiconResource irregular = data.section("irregular");
        for (String lemma : irregular.keys()) {
            if (!classByLemma.containsKey(lemma)) {
                throw new IllegalStateException("actions.yaml: irregular verb \"" + lemma + "\" is in no class");
            }
            for (String form : irregular.strings(lemma)) {
                lemmaByForm.put(form, lemma);
            }
        }
        for (String target : data.stringMap("nominalizations").values()) {
            if (!groupByClass.containsKey(target)) {
                throw new IllegalStateException("actions.yaml: nominalization to unknown class \"" + target + "\"");
            }
        }
        for (String verb : baseForms) {
            lemmaByForm.put(verb, verb);
        }
        nounLike.addAll(data.strings("noun-like"));
        adverbs.addAll(data.strings("adverbs"));
        particles.addAll(data.strings("particles"));
        lightVerbs.addAll(data.strings("light-verbs"));
        nominalizations = data.stringMap("nominalizations");
    }

    /** -s, -ed and -ing forms, with and without a doubled final consonant; nonsense forms never match real text. */
    static List<String> regularForms(String verb) {
        String stem = verb.endsWith("e") && !verb.endsWith("ee") ? verb.substring(0, verb.length() - 1) : verb;
        String last = verb.substring(verb.length() - 1);
        boolean consonantY = verb.length() > 1 && verb.endsWith("y") && "aeiou".indexOf(verb.charAt(verb.length() - 2)) < 0;
        String third = verb.matches(".*(s|x|z|ch|sh)") ? verb + "es" : consonantY ? stem.substring(0, stem.length() - 1) + "ies" : verb + "s";
        String past = verb.endsWith("e") ? verb + "d" : consonantY ? verb.substring(0, verb.length() - 1) + "ied" : verb + "ed";
        String gerund = (verb.endsWith("ee") || !verb.endsWith("e")) ? verb + "ing" : stem + "ing";
        return List.of(third, past, gerund, verb + last + "ed", verb + last + "ing");
    }

    /** The lemma of a verb form ("modifies" to "modify"), or {@code null} if the word is not in the table. */
    public String lemma(String lowerWord) {
        return lemmaByForm.get(lowerWord);
    }

    /** Whether the word is the base form of a listed verb: the form an imperative starts with. */
    public boolean isBaseForm(String lowerWord) {
        return baseForms.contains(lowerWord);
    }

    public String actionClass(String lemma) {
        return classByLemma.get(lemma);
    }

    /** The group of an action class; classes in one group (modify and create: "write") are compatible. */
    public String group(String actionClass) {
        return groupByClass.getOrDefault(actionClass, actionClass);
    }

    public boolean nounLike(String lowerWord) {
        return nounLike.contains(lowerWord);
    }

    public boolean adverb(String lowerWord) {
        return adverbs.contains(lowerWord);
    }

    public boolean particle(String lowerWord) {
        return particles.contains(lowerWord);
    }

    public boolean lightVerb(String lemma) {
        return lightVerbs.contains(lemma);
    }

    /** The class a light verb takes from its object's head ("make changes": modify), or {@code null}. */
    public String nominalization(String headNoun) {
        return nominalizations.get(headNoun);
    }
}
