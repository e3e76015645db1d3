package dev.agentlint.text.analysis;

import dev.agentlint.data.BundledData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the reviewed lexicon files under {@code dev/agentlint/text/}. Each lexicon class loads its file once, in a
 * static holder, so the data is shared by every rule and thread without locking.
 */
public final class LexiconResource {

    private static final String DIRECTORY = "/dev/agentlint/text/";

    private final String name;
    private final Map<String, Object> data;

    private LexiconResource(String name, Map<String, Object> data) {
        this.name = name;
        this.data = data;
    }

    /** Loads {@code dev/agentlint/text/<name>.yaml}; a missing or malformed file is a build error, not a user error. */
    public static LexiconResource load(String name) {
        return new LexiconResource(name, map(BundledData.load(DIRECTORY + name + ".yaml")));
    }

    public LexiconResource section(String key) {
        return new LexiconResource(name + "." + key, map(data.get(key)));
    }

    public List<String> keys() {
        return List.copyOf(data.keySet());
    }

    public boolean has(String key) {
        return data.containsKey(key);
    }

    /** A list of words or phrases, lower-cased unless {@code keepCase}. */
    public List<String> strings(String key, boolean keepCase) {
        Object value = data.get(key);
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item != null) {
                    String text = item.toString().strip();
                    result.add(keepCase ? text : text.toLowerCase(Locale.ROOT));
                }
            }
        }
        return result;
    }

    public List<String> strings(String key) {
        return strings(key, false);
    }

    /** A map of words to words, lower-cased. */
    public Map<String, String> stringMap(String key) {
        Map<String, String> result = new LinkedHashMap<>();
        map(data.get(key)).forEach((k, v) -> result.put(k.toLowerCase(Locale.ROOT),
                v == null ? "" : v.toString().toLowerCase(Locale.ROOT)));
        return result;
    }

    public String string(String key) {
        Object value = data.get(key);
        return value == null ? "" : value.toString();
    }

    @Override
    public String toString() {
        return name;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (!(value instanceof Map<?, ?> raw)) {
            return Map.of();
        }
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) raw).forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }
}
