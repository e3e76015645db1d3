package dev.agentlint.bench;

import dev.agentlint.model.SourceText;
import dev.agentlint.parse.FrontMatter;
import dev.agentlint.parse.MarkdownBody;
import dev.agentlint.parse.MarkdownReader;
import dev.agentlint.text.Phrase;
import dev.agentlint.text.analysis.DocumentAnalysis;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The inner loops most of a file's time goes to, each over the prompt bodies of the Markdown files under
 * {@code dir}: reading the Markdown into blocks, analysing the prose into statements, and looking for a phrase
 * through its start words (the scan several rules make over every body). Times are per pass over all bodies.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextBenchmark extends LauncherJvmBenchmark {

    /** A hand-off as prompts write it: found only where one of its verbs stands. */
    private static final Phrase HAND_OFF = Phrase.of("(?i)\\b(?:use|invoke|call|consult|delegate\\s+to|hand\\s+off\\s+to)"
            + "\\s+(?:the\\s+)?([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\\s+(?:sub-?)?agent\\b");

    @Param("fixtures")
    public String dir;

    private final List<SourceText> sources = new ArrayList<>();
    private final List<Integer> bodyFirstLines = new ArrayList<>();
    private final List<MarkdownBody> bodies = new ArrayList<>();
    private final List<String> bodyTexts = new ArrayList<>();

    @Setup
    public void load() {
        for (byte[] content : AgentTexts.under(dir).contents()) {
            SourceText source = SourceText.of(new String(content, StandardCharsets.UTF_8));
            int bodyFirstLine = FrontMatter.split(source).bodyFirstLine();
            sources.add(source);
            bodyFirstLines.add(bodyFirstLine);
            bodies.add(MarkdownReader.read(source, bodyFirstLine));
            bodyTexts.add(bodyFirstLine > source.lineCount() ? "" : source.text().substring(source.lineStart(bodyFirstLine)));
        }
    }

    @Benchmark
    public int readMarkdown() {
        int blocks = 0;
        for (int i = 0; i < sources.size(); i++) {
            blocks += MarkdownReader.read(sources.get(i), bodyFirstLines.get(i)).blocks().size();
        }
        return blocks;
    }

    @Benchmark
    public int analyseProse() {
        int statements = 0;
        for (MarkdownBody body : bodies) {
            statements += DocumentAnalysis.of(body).statements().size();
        }
        return statements;
    }

    @Benchmark
    public int findPhrase() {
        int found = 0;
        for (String text : bodyTexts) {
            found += HAND_OFF.findAll(text).size();
        }
        return found;
    }
}
