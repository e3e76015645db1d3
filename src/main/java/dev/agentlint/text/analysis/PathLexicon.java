package dev.agentlint.text.analysis;

import java.util.HashSet;
import java.util.Set;

/** The path lexicon of {@code paths.yaml}: file extensions, look-alikes, shared roots and scope words. */
public final class PathLexicon {

    private final Set<String> extensions = new HashSet<>();
    private final Set<String> notPaths = new HashSet<>();
    private final Set<String> sharedRoots = new HashSet<>();
    private final Set<String> ownScopeWords = new HashSet<>();
    private final Set<String> rootScopes = new HashSet<>();
    private final Set<String> frontendSegments = new HashSet<>();
    private final Set<String> frontendExtensions = new HashSet<>();

    private static final class Holder {
        static final PathLexicon INSTANCE = new PathLexicon(LexiconResource.load("paths"));
    }

    public static PathLexicon get() {
        return Holder.INSTANCE;
    }

    private PathLexicon(LexiconResource data) {
        extensions.addAll(data.strings("extensions"));
        notPaths.addAll(data.strings("not-paths"));
        sharedRoots.addAll(data.strings("shared-roots"));
        ownScopeWords.addAll(data.strings("own-scope-words"));
        rootScopes.addAll(data.strings("root-scopes"));
        LexiconResource frontend = data.section("frontend");
        frontendSegments.addAll(frontend.strings("segments"));
        frontendExtensions.addAll(frontend.strings("extensions"));
    }

    public boolean extension(String lowerExtension) {
        return extensions.contains(lowerExtension);
    }

    public boolean notPath(String lower) {
        return notPaths.contains(lower);
    }

    public boolean sharedRoot(String segment) {
        return sharedRoots.contains(segment.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean ownScopeWord(String lower) {
        return ownScopeWords.contains(lower);
    }

    public boolean rootScope(String phrase) {
        return rootScopes.contains(phrase);
    }

    public boolean frontendSegment(String lower) {
        return frontendSegments.contains(lower);
    }

    public boolean frontendExtension(String lower) {
        return frontendExtensions.contains(lower);
    }
}
