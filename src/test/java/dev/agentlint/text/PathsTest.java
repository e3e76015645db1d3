package dev.agentlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentlint.text.analysis.PathExtractor;
import dev.agentlint.text.analysis.PathRef;
import dev.agentlint.text.analysis.PathScope;
import dev.agentlint.text.analysis.Token;
import dev.agentlint.text.analysis.Tokenizer;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Paths and globs found in prose, and containment between them. */
class PathsTest {

    @Test
    void pathsInCodeSpansAndPlainWords() {
        List<String> paths = paths("Output `openapi.json` to `shared/api/`, append to plan.md, read ./docs/../README.md "
                + "and `src/**/*.ts`; keep `.env` out.");
        assertEquals(List.of("openapi.json", "shared/api", "plan.md", "README.md", "src/**/*.ts", ".env"), paths);
    }

    @Test
    void technologyNamesToolSetsAndSlashCommandsAreNotPaths() {
        assertEquals(List.of(), paths("Use Node.js and TypeScript/JavaScript with `search/codebase`, run /context "
                + "and read it, e.g. the guide, version 3.5.1."));
    }

    @Test
    void directoriesAreNotBareFileNames() {
        PathRef directory = PathExtractor.fromToken(Tokenizer.tokenize("`migrations/`").get(0));
        PathRef file = PathExtractor.fromToken(Tokenizer.tokenize("`task_list.json`").get(0));
        assertTrue(directory.directory());
        assertFalse(directory.bare());
        assertTrue(file.bare());
        assertTrue(PathExtractor.fromToken(Tokenizer.tokenize("`../outside/x.py`").get(0)).leavesProject());
    }

    @Test
    void containmentWithFoldersAndGlobs() {
        assertTrue(PathScope.contains("shared", "shared/api/openapi.json"));
        assertTrue(PathScope.contains("shared/api", "shared/api"));
        assertFalse(PathScope.contains("shared", "sharedlib/x.py"), "a prefix of a name is not a folder");
        assertTrue(PathScope.contains("src/**", "src/app/main.ts"));
        assertTrue(PathScope.contains("src/**/*.ts", "src/app/main.ts"));
        assertFalse(PathScope.contains("src/**/*.ts", "docs/guide.md"));
        assertTrue(PathScope.contains("migrations", "migrations/**/*.sql"), "a glob target is judged by its fixed part");
    }

    @Test
    void normalisation() {
        assertEquals("docs/README.md", PathExtractor.normalise("./docs/../docs/./README.md"));
        assertEquals("../x", PathExtractor.normalise("../x"));
        assertEquals("/etc/hosts", PathExtractor.normalise("/etc//hosts"));
    }

    @Test
    void tokensKeepCodeQuotesAndAsidesWhole() {
        List<Token> tokens = Tokenizer.tokenize("Never run `rm -rf /` (not even \"once\") — ask.");
        assertEquals(List.of("Never", "run", "rm -rf /", "not even \"once\"", "—", "ask", "."),
                tokens.stream().map(Token::text).toList());
        assertNull(PathExtractor.fromToken(tokens.get(2)), "a command is not a path");
    }

    private static List<String> paths(String text) {
        return Tokenizer.tokenize(text).stream().map(PathExtractor::fromToken).filter(Objects::nonNull)
                .map(PathRef::normalised).toList();
    }
}
