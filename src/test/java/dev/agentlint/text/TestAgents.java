package dev.agentlint.text;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.AgentMapper;
import dev.agentlint.agent.FormatDetector;
import dev.agentlint.config.Config;
import dev.agentlint.model.Format;
import dev.agentlint.model.SourceText;
import dev.agentlint.parse.FrontMatter;
import dev.agentlint.parse.MarkdownReader;
import dev.agentlint.parse.YamlDocument;
import dev.agentlint.parse.YamlReader;
import dev.agentlint.text.analysis.DocumentAnalysis;
import dev.agentlint.text.analysis.Statement;
import dev.agentlint.vocab.Vocabularies;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Agent files and analyses built from text, for tests of the text layer and the rules. */
public final class TestAgents {

    private static final Vocabularies VOCABULARIES = new Vocabularies();

    private TestAgents() {
    }

    /** An agent file as the linter would see it at {@code path}. */
    public static AgentFile parse(String path, String text) {
        SourceText source = SourceText.of(text);
        FrontMatter frontMatter = FrontMatter.split(source);
        YamlDocument yaml = frontMatter.present()
                ? YamlReader.read(source, frontMatter.yaml(source), frontMatter.yamlFirstLine())
                : new YamlDocument(null, Map.of(), List.of(), Optional.empty());
        Format format = FormatDetector.byPath(path).orElse(Format.CLAUDE_CODE);
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return new AgentFile(path, source, format, frontMatter, yaml, AgentMapper.map(format, source, yaml, fileName),
                List.of(), VOCABULARIES, Config.defaults(), Optional.empty());
    }

    /** The analysis of a Markdown body without front matter. */
    static DocumentAnalysis body(String markdown) {
        return DocumentAnalysis.of(MarkdownReader.read(SourceText.of(markdown), 1));
    }

    /** The statements of a body whose text contains {@code fragment}. */
    static List<Statement> statements(DocumentAnalysis analysis, String fragment) {
        return analysis.statements().stream().filter(s -> s.text().contains(fragment)).toList();
    }

    /** The one statement whose text contains {@code fragment}. */
    static Statement statement(DocumentAnalysis analysis, String fragment) {
        List<Statement> found = statements(analysis, fragment);
        if (found.size() != 1) {
            throw new AssertionError("expected one statement with \"" + fragment + "\", found " + found + " in "
                    + analysis.statements());
        }
        return found.get(0);
    }
}
