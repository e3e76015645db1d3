package dev.agentlint.rules.overlap;

import dev.agentlint.text.Ascii;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words of profile text as comparison keys: lower case, stop words dropped, and a light, deterministic suffix
 * stemmer, so "implements", "implementing", "implementation" and "implementer" share a key. Keys are never shown.
 */
public final class Words {

    /** Function words, and words every agent file uses ("agent", "task", "code" is kept: it says what is made). */
    private static final Set<String> STOP = Set.copyOf(Arrays.asList("a", "an", "the", "and", "or", "nor", "but", "of", "to", "in",
            "on", "at", "by", "for", "with", "from", "into", "onto", "as", "is", "are", "was", "were", "be", "been",
            "being", "it", "its", "this", "that", "these", "those", "there", "their", "them", "they", "you", "your",
            "yours", "we", "our", "i", "me", "my", "he", "she", "his", "her", "not", "no", "do", "does", "did", "done",
            "so", "if", "then", "than", "when", "while", "where", "which", "who", "whom", "what", "why", "how", "all",
            "any", "each", "every", "some", "such", "own", "other", "more", "most", "very", "can", "could", "should",
            "would", "will", "shall", "may", "might", "must", "have", "has", "had", "also", "just", "only", "about",
            "over", "under", "up", "out", "via", "per", "e", "g", "eg", "ie", "etc", "use", "used", "using", "uses",
            "agent", "agents", "subagent", "subagents", "assistant", "user", "users", "task", "tasks", "help",
            "helps", "need", "needs", "want", "wants", "like", "well", "based", "including", "include", "includes",
            "across", "specialist", "specialized", "specializing", "specialised", "expert", "expertise", "proactively",
            "proactive", "mastery", "masters", "master", "comprehensive", "modern", "advanced", "senior", "focus",
            "focused", "focuses", "specific", "support", "supports", "work", "works", "working", "make", "makes",
            "ensure", "ensures", "ensuring", "provide", "provides", "providing", "handle", "handles", "handling",
            "follow", "follows", "following", "best", "practice", "practices", "pattern", "patterns", "new",
            "existing", "example", "examples", "context", "commentary", "assistant's", "i'll", "let", "lets", "s",
            "ll", "re", "ve", "d", "t", "m", "one", "two", "get", "gets", "got", "into", "within", "without", "after",
            "before", "during", "between", "both", "either", "neither", "here", "now", "once", "again", "further",
            "whether", "because", "since", "until", "unless", "yes", "able", "invoke", "invoked", "trigger",
            "triggered", "whenever", "request", "requests", "requested", "ask", "asks", "asked", "want", "wanted"));

    private Words() {
    }

    /** A text's words and the stem of each, worked out once for both its facets and its comparison keys. */
    record Stemmed(List<String> words, List<String> stems) {

        static Stemmed of(String text) {
            List<String> words = split(text);
            List<String> stems = new ArrayList<>(words.size());
            for (String word : words) {
                stems.add(stem(word));
            }
            return new Stemmed(words, stems);
        }

        /** The comparison keys, as {@link Words#keys} gives them for the text. */
        List<String> keys() {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (isKey(words.get(i))) {
                    keys.add(stems.get(i));
                }
            }
            return keys;
        }
    }

    /** The comparison keys of a text, in order, stop words left out. */
    public static List<String> keys(String text) {
        List<String> keys = new ArrayList<>();
        for (String word : split(text)) {
            if (isKey(word)) {
                keys.add(stem(word));
            }
        }
        return keys;
    }

    private static boolean isKey(String word) {
        return word.length() >= 2 && !STOP.contains(word) && !isNumber(word);
    }

    /** Every word of a text, lower case, stems not applied and nothing left out. */
    public static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean part = Ascii.isLetterOrDigit(c) || c == '+' || c == '#'
                    || (c == '.' || c == '-' || c == '\'' || c == '/') && start >= 0 && i + 1 < lower.length()
                    && Ascii.isLetterOrDigit(lower.charAt(i + 1));
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                addWord(words, lower.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** "ci/cd" stays one word; "frontend/backend" and "models/services" become two. */
    private static void addWord(List<String> words, String word) {
        if (word.indexOf('/') > 0 && !word.equals("ci/cd") && !word.equals("i/o")) {
            for (String part : word.split("/")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
            return;
        }
        words.add(word.endsWith("'s") ? word.substring(0, word.length() - 2) : word);
    }

    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i)) && word.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    private static final String[] SUFFIXES = {"ational", "ations", "ation", "ments", "ment", "ness", "ities", "ity",
        "izers", "izer", "izes", "ized", "izing", "ize", "ers", "er", "ings", "ing", "ies", "ied", "ed", "es", "s",
        "ly", "al", "ic", "ive", "or", "ors"};

    /**
     * A light suffix stemmer: strips common suffixes (at most two, so "implementation", "implementer" and
     * "implement" meet), keeping at least three letters, then a final "e".
     */
    public static String stem(String word) {
        String once = stemOnce(word);
        return once.equals(word) ? once : stemOnce(once);
    }

    /** The suffixes by their last letter, each list in the order of {@link #SUFFIXES}: a word is tried on a few. */
    private static final String[][] SUFFIXES_BY_LAST_LETTER = new String[128][];

    static {
        for (String suffix : SUFFIXES) {
            char last = suffix.charAt(suffix.length() - 1);
            String[] before = SUFFIXES_BY_LAST_LETTER[last] == null ? new String[0] : SUFFIXES_BY_LAST_LETTER[last];
            String[] with = Arrays.copyOf(before, before.length + 1);
            with[before.length] = suffix;
            SUFFIXES_BY_LAST_LETTER[last] = with;
        }
    }

    private static String stemOnce(String word) {
        char last = word.isEmpty() ? ' ' : word.charAt(word.length() - 1);
        if (word.length() <= 3 || !Character.isLetter(last) || last >= 128
                || SUFFIXES_BY_LAST_LETTER[last] == null) {
            return trimE(word);
        }
        for (String suffix : SUFFIXES_BY_LAST_LETTER[last]) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
                String base = word.substring(0, word.length() - suffix.length());
                if (suffix.equals("ies") || suffix.equals("ied") || suffix.equals("ities")) {
                    base = base + "y";
                }
                if (base.length() > 4 && base.charAt(base.length() - 1) == base.charAt(base.length() - 2)
                        && "bdgmnprt".indexOf(base.charAt(base.length() - 1)) >= 0) {
                    base = base.substring(0, base.length() - 1);
                }
                return trimE(base);
            }
        }
        return trimE(word);
    }

    private static String trimE(String word) {
        return word.length() > 3 && word.endsWith("e") ? word.substring(0, word.length() - 1) : word;
    }
}
