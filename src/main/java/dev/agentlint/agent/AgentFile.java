package dev.agentlint.agent;

import dev.agentlint.config.Config;
import dev.agentlint.model.Format;
import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;
import dev.agentlint.parse.Decoder;
import dev.agentlint.parse.FrontMatter;
import dev.agentlint.parse.MarkdownBody;
import dev.agentlint.parse.MarkdownReader;
import dev.agentlint.parse.YamlDocument;
import dev.agentlint.schema.SchemaViolation;
import dev.agentlint.vocab.Vocabularies;
import dev.agentlint.vocab.Vocabulary;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One parsed agent file: its text, front matter (as YAML with positions and as the common agent model), schema
 * violations, and Markdown body, with the vocabulary and configuration that apply to it.
 */
public final class AgentFile {

    private static final Pattern NAME_SUFFIX = Pattern.compile("(\\.agent|\\.chatmode)?\\.md$");

    private final String path;
    private SourceText source;
    private final Format format;
    private final FrontMatter frontMatter;
    private YamlDocument yaml;
    private final Agent agent;
    private final List<SchemaViolation> violations;
    private final Vocabularies vocabularies;
    private final Config config;
    private final Optional<EncodingIssue> encodingIssue;
    private final DerivedValues derived = new DerivedValues();
    private MarkdownBody body;

    /** Bytes that are not UTF-8 text, and where the first such byte is. */
    public record EncodingIssue(Decoder.EncodingProblem problem, Span span) {
    }

    public AgentFile(String path, SourceText source, Format format, FrontMatter frontMatter, YamlDocument yaml,
            Agent agent, List<SchemaViolation> violations, Vocabularies vocabularies, Config config,
            Optional<EncodingIssue> encodingIssue) {
        this.path = path;
        this.source = source;
        this.format = format;
        this.frontMatter = frontMatter;
        this.yaml = yaml;
        this.agent = agent;
        this.violations = List.copyOf(violations);
        this.vocabularies = vocabularies;
        this.config = config;
        this.encodingIssue = encodingIssue;
    }

    public Optional<EncodingIssue> encodingIssue() {
        return encodingIssue;
    }

    public String path() {
        return path;
    }

    /** The agent name a file name stands for: without {@code .md}, {@code .agent.md} or {@code .chatmode.md}. */
    public static String nameFromFileName(String fileName) {
        return NAME_SUFFIX.matcher(fileName).replaceFirst("");
    }

    /** The file name, the last segment of the path. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The file's text; gone once the file is {@linkplain #release released}. */
    public SourceText source() {
        if (source == null) {
            throw new IllegalStateException(path + " was released after its own checks; its text is gone");
        }
        return source;
    }

    public Format format() {
        return format;
    }

    public FrontMatter frontMatter() {
        return frontMatter;
    }

    /** The front matter as YAML with positions; gone once the file is {@linkplain #release released}. */
    public YamlDocument yaml() {
        if (yaml == null) {
            throw new IllegalStateException(path + " was released after its own checks; its YAML is gone");
        }
        return yaml;
    }

    public Agent agent() {
        return agent;
    }

    public List<SchemaViolation> violations() {
        return violations;
    }

    /** The names of this file's platform. */
    public Vocabulary vocabulary() {
        return vocabularies.of(format);
    }

    /** The names of every platform, for hints such as "this is a Gemini CLI tool". */
    public Vocabularies vocabularies() {
        return vocabularies;
    }

    public Config config() {
        return config;
    }

    /**
     * Something several rules compute from this file, such as the text analysis of its body: computed on first
     * use and kept as long as the file, so it is computed once per file and never outlives a run.
     */
    public <T> T derived(Class<T> type, Function<AgentFile, T> compute) {
        return derived.get(type, () -> compute.apply(this));
    }

    /** What was derived of a type, if it has been. */
    public <T> Optional<T> derivedIfPresent(Class<T> type) {
        return Optional.ofNullable(type.cast(derived.peek(type)));
    }

    /**
     * A file as the result cache gives it back: what project rules use of a {@linkplain #release released} file,
     * with no text, YAML, schema violations or encoding problem, and the derived values it was stored with.
     */
    public static AgentFile restored(String path, Format format, FrontMatter frontMatter, Agent agent,
            Vocabularies vocabularies, Config config) {
        return new AgentFile(path, null, format, frontMatter, null, agent, List.of(), vocabularies, config,
                Optional.empty());
    }

    /** Keeps a value read back from the result cache as if it had been derived. */
    public <T> void restoreDerived(Class<T> type, T value) {
        derived.get(type, () -> value);
    }

    /**
     * Drops the file's text, its YAML, its parsed body and what was derived from it except the kinds in
     * {@code kept}, once its own checks are done and project rules have prepared what they compare: a run over
     * thousands of files then holds only that and the agent model.
     */
    public void release(Set<Class<?>> kept) {
        derived.retainOnly(kept);
        body = null;
        source = null;
        yaml = null;
    }

    /** The Markdown body, parsed on first use. */
    public MarkdownBody body() {
        if (body == null) {
            body = MarkdownReader.read(source(), frontMatter.bodyFirstLine());
        }
        return body;
    }
}
