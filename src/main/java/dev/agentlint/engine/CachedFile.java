package dev.agentlint.engine;

import dev.agentlint.agent.Agent;
import dev.agentlint.agent.AgentFile;
import dev.agentlint.agent.AgentReference;
import dev.agentlint.agent.Located;
import dev.agentlint.agent.ToolEntry;
import dev.agentlint.agent.ToolList;
import dev.agentlint.cache.EntryReader;
import dev.agentlint.cache.EntryWriter;
import dev.agentlint.config.Config;
import dev.agentlint.model.Confidence;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Format;
import dev.agentlint.model.Related;
import dev.agentlint.model.Severity;
import dev.agentlint.model.SourceLines;
import dev.agentlint.model.Span;
import dev.agentlint.parse.FrontMatter;
import dev.agentlint.rule.KeptValue;
import dev.agentlint.vocab.Vocabularies;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One checked file's entry in the result cache: the findings and suppressions of its own checks, the lines a report
 * shows of the file, the part of the parsed file project rules use, and the values they keep of it.
 */
record CachedFile(AgentFile file, Own own) {

    /**
     * What a file's own checks found, whether project rules prepared it (it was compared with others, so its kept
     * values are in the entry), and the lines its code frames show: the start of an entry.
     */
    record Own(List<Finding> findings, List<Suppression> suppressions, boolean prepared, SourceLines lines) {
    }

    /** The entry of a file that still has its text (before it is released). */
    static byte[] write(AgentFile file, List<Finding> findings, List<Suppression> suppressions,
            List<KeptValue<?>> kept) {
        List<Object> values = new ArrayList<>();
        for (KeptValue<?> value : kept) {
            file.derivedIfPresent(value.type()).ifPresent(values::add);
        }
        EntryWriter out = new EntryWriter();
        out.writeList(findings, CachedFile::write);
        out.writeList(suppressions, CachedFile::write);
        out.writeBoolean(values.size() == kept.size());
        write(out, framedLines(file, findings, suppressions));
        out.writeEnum(file.format());
        write(out, file.frontMatter());
        write(out, file.agent());
        if (values.size() == kept.size()) {
            for (int i = 0; i < kept.size(); i++) {
                writeKept(kept.get(i), values.get(i), out);
            }
        }
        return out.toByteArray();
    }

    private static <T> void writeKept(KeptValue<T> kept, Object value, EntryWriter out) {
        kept.write(kept.type().cast(value), out);
    }

    /** The entry that {@code length} bytes from {@code offset} of {@code bytes} hold. */
    static CachedFile read(byte[] bytes, int offset, int length, String path, Vocabularies vocabularies,
            Config config, List<KeptValue<?>> kept) {
        EntryReader in = new EntryReader(bytes, offset, length);
        Own own = readOwn(in, path);
        Format format = in.readEnum(Format.class);
        AgentFile file = AgentFile.restored(path, format, readFrontMatter(in), readAgent(in), vocabularies,
                config);
        if (own.prepared()) {
            kept.forEach(value -> restore(value, file, in));
        }
        in.expectEnd();
        return new CachedFile(file, own);
    }

    /** The start of an entry only, for a run that needs no more of the file: no project rule will compare it. */
    static Own readOwn(byte[] bytes, int offset, int length, String path) {
        return readOwn(new EntryReader(bytes, offset, length), path);
    }

    private static Own readOwn(EntryReader in, String path) {
        List<Finding> findings = new ArrayList<>(in.readList(r -> readFinding(r, path)));
        List<Suppression> suppressions = List.copyOf(in.readList(CachedFile::readSuppression));
        return new Own(findings, suppressions, in.readBoolean(), readLines(in));
    }

    /**
     * The lines a report frames, so that a rerun that restores the file need not read it: those its own findings
     * start on, its suppression comments (where an unused one is reported) and what project rules point at (its
     * name, description and references to other agents). None of a file whose text is not its bytes as UTF-8, which
     * frames show; none that a redacted finding covers, so the cache never holds a secret.
     */
    private static SourceLines framedLines(AgentFile file, List<Finding> findings, List<Suppression> suppressions) {
        if (file.encodingIssue().isPresent()) {
            return SourceLines.NONE;
        }
        Agent agent = file.agent();
        // a value the file does not write (a name taken from the file name) has no span
        IntStream pointedAt = Stream.concat(Stream.of(agent.name(), agent.description()).flatMap(Optional::stream)
                        .map(Located::span), agent.references().stream().map(AgentReference::span))
                .filter(Objects::nonNull).mapToInt(Span::startLine);
        IntStream framed = IntStream.concat(Stream.concat(findings.stream().map(Finding::span),
                suppressions.stream().map(Suppression::span)).mapToInt(Span::startLine), pointedAt);
        Set<Integer> secret = new HashSet<>();
        for (Finding finding : findings) {
            if (finding.redacted()) {
                IntStream.rangeClosed(finding.span().startLine(), finding.span().endLine()).forEach(secret::add);
            }
        }
        return SourceLines.of(file.source(), framed.filter(line -> !secret.contains(line)).toArray());
    }

    private static void write(EntryWriter out, SourceLines lines) {
        out.writeInt(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.writeInt(lines.number(i));
            out.writeString(lines.text(i));
        }
    }

    private static SourceLines readLines(EntryReader in) {
        int count = in.readCount();
        int[] numbers = new int[count];
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            numbers[i] = in.readInt();
            texts[i] = in.readString();
        }
        return new SourceLines(numbers, texts);
    }

    private static <T> void restore(KeptValue<T> kept, AgentFile file, EntryReader in) {
        file.restoreDerived(kept.type(), kept.read(file, in));
    }

    static void write(EntryWriter out, Finding finding) {
        out.writeString(finding.ruleId());
        out.writeEnum(finding.severity());
        out.writeEnum(finding.confidence());
        out.writeString(finding.message());
        out.writeString(finding.path());
        out.writeSpan(finding.span());
        out.writeList(finding.related(), (o, related) -> {
            o.writeString(related.path());
            o.writeSpan(related.span());
            o.writeString(related.message());
        });
        out.writeBoolean(finding.redacted());
    }

    /** A finding, most likely about the file of {@code path}, whose string it then has. */
    static Finding readFinding(EntryReader in, String path) {
        return new Finding(in.readString(), in.readEnum(Severity.class), in.readEnum(Confidence.class),
                in.readString(), in.readString(path), in.readSpan(),
                List.copyOf(in.readList(r -> new Related(r.readString(), r.readSpan(), r.readString()))),
                in.readBoolean());
    }

    private static void write(EntryWriter out, Suppression suppression) {
        out.writeEnum(suppression.kind());
        out.writeStrings(suppression.rules());
        out.writeSpan(suppression.span());
        out.writeInt(suppression.firstLine());
        out.writeInt(suppression.lastLine());
        out.writeString(suppression.justification());
    }

    private static Suppression readSuppression(EntryReader in) {
        return new Suppression(in.readEnum(Suppression.Kind.class), new LinkedHashSet<>(in.readStrings()),
                in.readSpan(), in.readInt(), in.readInt(), in.readString());
    }

    private static void write(EntryWriter out, FrontMatter frontMatter) {
        out.writeEnum(frontMatter.status());
        out.writeSpan(frontMatter.openingFence());
        out.writeSpan(frontMatter.closingFence());
        out.writeInt(frontMatter.yamlFirstLine());
        out.writeInt(frontMatter.bodyFirstLine());
        out.writeInt(frontMatter.misplacedFenceLine());
    }

    private static FrontMatter readFrontMatter(EntryReader in) {
        return new FrontMatter(in.readEnum(FrontMatter.Status.class), in.readSpan(), in.readSpan(), in.readInt(),
                in.readInt(), in.readInt());
    }

    private static void write(EntryWriter out, Agent agent) {
        out.writeEnum(agent.format());
        for (Optional<Located> field : List.of(agent.name(), agent.description(), agent.model(), agent.color(),
                agent.permissionMode())) {
            out.writeBoolean(field.isPresent());
            field.ifPresent(located -> {
                out.writeString(located.value());
                out.writeSpan(located.span());
            });
        }
        for (ToolList tools : List.of(agent.tools(), agent.deniedTools(), agent.declaredDenied())) {
            out.writeEnum(tools.shape());
            out.writeList(tools.entries(), (o, entry) -> {
                o.writeString(entry.name());
                o.writeString(entry.specifier());
                o.writeSpan(entry.span());
            });
            out.writeSpan(tools.span());
        }
        out.writeList(agent.references(), (o, reference) -> {
            o.writeString(reference.name());
            o.writeSpan(reference.span());
            o.writeString(reference.via());
        });
    }

    private static Agent readAgent(EntryReader in) {
        Format format = in.readEnum(Format.class);
        List<Optional<Located>> fields = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fields.add(in.readBoolean() ? Optional.of(new Located(in.readString(), in.readSpan())) : Optional.empty());
        }
        List<ToolList> tools = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tools.add(readTools(in));
        }
        List<AgentReference> references = in.readList(r -> new AgentReference(r.readString(), r.readSpan(),
                r.readString()));
        return new Agent(format, fields.get(0), fields.get(1), fields.get(2), fields.get(3), fields.get(4),
                tools.get(0), tools.get(1), tools.get(2), references);
    }

    private static ToolList readTools(EntryReader in) {
        ToolList tools = new ToolList(in.readEnum(ToolList.Shape.class), in.readList(r -> new ToolEntry(r.readString(),
                r.readString(), r.readSpan())), in.readSpan());
        return tools.equals(ToolList.ABSENT) ? ToolList.ABSENT : tools;
    }
}
