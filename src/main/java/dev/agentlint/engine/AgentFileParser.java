package dev.agentlint.engine;

import dev.agentlint.agent.Agent;
import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.AgentMapper;
import dev.agentlint.agent.FormatDetector;
import dev.agentlint.config.Config;
import dev.agentlint.model.Format;
import dev.agentlint.model.Position;
import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;
import dev.agentlint.parse.Decoder;
import dev.agentlint.parse.FrontMatter;
import dev.agentlint.parse.YamlDocument;
import dev.agentlint.parse.YamlReader;
import dev.agentlint.schema.SchemaSet;
import dev.agentlint.schema.SchemaViolation;
import dev.agentlint.schema.ViolationMessages;
import dev.agentlint.vocab.Vocabularies;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Turns the bytes of one file into an {@link AgentFile}; never throws on bad input. */
final class AgentFileParser {

    private static final YamlDocument EMPTY = new YamlDocument(null, Map.of(), List.of(), Optional.empty());

    private final SchemaSet schemas;
    private final Vocabularies vocabularies;

    AgentFileParser(SchemaSet schemas, Vocabularies vocabularies) {
        this.schemas = schemas;
        this.vocabularies = vocabularies;
    }

    /**
     * Parses a file.
     *
     * @param checked whether the file's own findings are wanted: only then is its front matter validated
     */
    AgentFile parse(InputFile input, byte[] content, Config config, boolean checked) {
        Decoder.Decoded decoded = Decoder.decode(content);
        SourceText source = SourceText.of(decoded.text());
        Optional<AgentFile.EncodingIssue> encodingIssue = decoded.problem().map(problem -> {
            SourceText before = SourceText.of(Decoder.prefix(content, problem.byteOffset()));
            Position at = before.position(before.text().length());
            return new AgentFile.EncodingIssue(problem, new Span(at, at));
        });
        FrontMatter frontMatter = FrontMatter.split(source);
        YamlDocument yaml = frontMatter.present()
                ? YamlReader.read(source, frontMatter.yaml(source), frontMatter.yamlFirstLine())
                : EMPTY;
        Format format = config.formatFor(input.path())
                .or(input::format)
                .or(() -> FormatDetector.byPath(input.path()))
                .orElseGet(() -> FormatDetector.byContent(yaml.root()));
        String fileName = input.path().substring(input.path().lastIndexOf('/') + 1);
        Agent agent = AgentMapper.map(format, source, yaml, fileName);
        List<SchemaViolation> violations = checked ? violations(format, frontMatter, yaml) : List.of();
        return new AgentFile(input.path(), source, format, frontMatter, yaml, agent, violations, vocabularies, config,
                encodingIssue);
    }

    private List<SchemaViolation> violations(Format format, FrontMatter frontMatter, YamlDocument yaml) {
        if (!frontMatter.present() || yaml.error().isPresent()) {
            return List.of();
        }
        JsonNode root = yaml.root() == null ? JsonNodeFactory.instance.objectNode() : yaml.root();
        if (!root.isObject()) {
            return List.of(new SchemaViolation(SchemaViolation.Kind.INVALID_VALUE, "", null,
                    "front matter must be a map of keys to values, found " + ViolationMessages.describe(root)));
        }
        return new ViolationMessages(schemas, format.id(), subject(format)).violations(root);
    }

    private static String subject(Format format) {
        String name = format.displayName();
        return ("aeiouAEIOU".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
