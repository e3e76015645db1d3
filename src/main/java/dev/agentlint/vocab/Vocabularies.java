package dev.agentlint.vocab;

import dev.agentlint.model.Format;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The vocabularies of all platforms, each loaded on first use. */
public final class Vocabularies {

    private final Map<String, Vocabulary> loaded = new ConcurrentHashMap<>();

    public Vocabulary of(Format format) {
        return loaded.computeIfAbsent(format.platform(), Vocabulary::load);
    }
}
