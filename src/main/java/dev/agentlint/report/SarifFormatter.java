package dev.agentlint.report;

import dev.agentlint.engine.SuppressedFinding;
import dev.agentlint.io.ChunkedBytes;
import dev.agentlint.model.Finding;
import dev.agentlint.model.Position;
import dev.agentlint.model.Related;
import dev.agentlint.model.Severity;
import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;
import dev.agentlint.rule.RuleCatalog;
import dev.agentlint.rule.RuleMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 for GitHub code scanning and SARIF viewers: one run listing every rule, one result per finding with
 * its exact region, related locations linked from the message, and fingerprints that let GitHub and baseline tools
 * follow a finding when lines move. The output always stays within what GitHub accepts: at most
 * {@value SarifOptions#GITHUB_MAX_RESULTS} results (the most severe are kept), at most
 * {@value #MAX_RELATED_LOCATIONS} related locations per result, and under 10 MB compressed; whatever is left out is
 * reported as a tool notification.
 */
public final class SarifFormatter {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String SARIF_VERSION = "2.1.0";
    /** The key of agentlint's own fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "agentlint/v1";
    public static final String LINE_HASH_KEY = "primaryLocationLineHash";
    public static final String SOURCE_ROOT = "%SRCROOT%";
    static final int MAX_RELATED_LOCATIONS = 1000;
    /** GitHub rejects uploads over 10 MB gzipped; stay a little below both 10 MB and 10 MiB. */
    static final long MAX_GZIP_BYTES = 10_000_000L;
    private static final int MAX_DESCRIPTION = 1024;
    private static final int MAX_NAME = 255;
    private static final int MAX_TAGS = 20;
    private static final Set<String> PRECISIONS = Set.of("very-high", "high", "medium", "low");
    private static final Pattern SECURITY_SEVERITY = Pattern.compile("\\d{1,2}(\\.\\d+)?");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]+)\\]\\(([^)\\s]+)\\)");
    private static final Pattern MESSAGE_LINK = Pattern.compile("\\[([^\\]]*)\\]\\((\\d+)\\)");
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final int PIECE = 1 << 16;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String version;
    private final String informationUri;
    private final SarifOptions options;
    private final long maxGzipBytes;
    private final List<RuleMeta> rules;
    private final Map<String, Integer> ruleIndex = new HashMap<>();

    /**
     * @param version the agentlint version, also used as {@code semanticVersion}
     * @param informationUri the project home page; rule help links point into its {@code docs/rules/}
     */
    public SarifFormatter(String version, String informationUri, RuleCatalog catalog, SarifOptions options) {
        this(version, informationUri, catalog, options, MAX_GZIP_BYTES);
    }

    SarifFormatter(String version, String informationUri, RuleCatalog catalog, SarifOptions options,
            long maxGzipBytes) {
        this.version = version;
        this.informationUri = informationUri == null ? "" : informationUri.strip().replaceAll("/+$", "");
        this.options = options;
        this.maxGzipBytes = maxGzipBytes;
        this.rules = catalog.all();
        for (int i = 0; i < rules.size(); i++) {
            ruleIndex.put(rules.get(i).id(), i);
        }
    }

    /** Writes the document in UTF-8, as it was made: unpacked on the way out. */
    public void write(Report report, OutputStream out) throws IOException {
        try (InputStream document = new GZIPInputStream(render(report).inputStream(), PIECE)) {
            document.transferTo(out);
        }
        out.flush();
    }

    /**
     * The whole SARIF document and the line break that ends the file, in UTF-8 compressed with gzip: the size
     * GitHub's limit is about, and a large document held in a small part of its size (24 MB of text in 1 MB).
     */
    private ChunkedBytes render(Report report) {
        List<Finding> findings = new ArrayList<>(report.result().findings());
        Map<Finding, String> justifications = new IdentityHashMap<>();
        if (options.includeSuppressed()) {
            for (SuppressedFinding suppressed : report.result().suppressed()) {
                findings.add(suppressed.finding());
                justifications.put(suppressed.finding(), suppressed.justification());
            }
            findings.sort(Finding.ORDER);
        }
        List<Integer> bySeverity = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            bySeverity.add(i);
        }
        bySeverity.sort(Comparator.comparing((Integer i) -> findings.get(i).severity()).reversed());
        int allowed = Math.min(findings.size(), options.maxResults());
        // only the results written need fingerprints and line hashes, and only their files are read again
        boolean[] written = new boolean[findings.size()];
        for (int i = 0; i < allowed; i++) {
            written[bySeverity.get(i)] = true;
        }
        List<Identity> identities = FindingsByFile.map(findings,
                (ofFile, positions) -> identities(ofFile, positions, written));
        ResultWriter candidate = (generator, index) -> writeResult(generator, findings.get(index),
                identities.get(index), options.includeSuppressed(), justifications.get(findings.get(index)));

        List<ObjectNode> notifications = new ArrayList<>();
        for (FileError error : report.fileErrors()) {
            notifications.add(fileErrorNotification(error));
        }
        if (allowed < findings.size()) {
            notifications.add(warning(String.format(Locale.ROOT,
                    "agentlint found %d problems; only the %d most severe are reported and %d were left out "
                            + "(the limit is %d results per run; GitHub code scanning accepts at most %d).",
                    findings.size(), allowed, findings.size() - allowed, options.maxResults(),
                    SarifOptions.GITHUB_MAX_RESULTS)));
        }
        boolean successful = report.fileErrors().isEmpty();

        int kept = allowed;
        ChunkedBytes gzipped = compressed(document(new Results(select(bySeverity, kept), candidate), notifications,
                successful));
        long size = gzipped.size();
        while (size > maxGzipBytes && kept > 0) {
            kept = (int) Math.max(0, Math.min(kept - 1L, (long) (kept * 0.95 * maxGzipBytes / size)));
            List<ObjectNode> withNote = new ArrayList<>(notifications);
            withNote.add(warning(String.format(Locale.ROOT,
                    "%d more results were left out to keep the file under the 10 MB (compressed) that GitHub code "
                            + "scanning accepts; the %d most severe are included.",
                    allowed - kept, kept)));
            gzipped = compressed(document(new Results(select(bySeverity, kept), candidate), withNote, successful));
            size = gzipped.size();
        }
        return gzipped;
    }

    /** The findings of the first {@code count} candidates by severity, back in the canonical finding order. */
    private static int[] select(List<Integer> bySeverity, int count) {
        int[] selected = new int[count];
        for (int i = 0; i < count; i++) {
            selected[i] = bySeverity.get(i);
        }
        Arrays.sort(selected);
        return selected;
    }

    /** Writes the result of one finding, by its index. */
    @FunctionalInterface
    private interface ResultWriter {
        void write(JsonGenerator generator, int finding);
    }

    /**
     * The results array, each result written as it comes, with no tree of it: 25,000 results held as a tree at
     * once took some 60 MB, which a large run's old generation kept, and a tree made for each result took a fifth
     * of a rerun's time with the SARIF report.
     */
    private static final class Results extends JacksonSerializable.Base {

        private final int[] findings;
        private final ResultWriter result;

        Results(int[] findings, ResultWriter result) {
            this.findings = findings;
            this.result = result;
        }

        @Override
        public void serialize(JsonGenerator generator, SerializationContext context) {
            generator.writeStartArray();
            for (int finding : findings) {
                result.write(generator, finding);
            }
            generator.writeEndArray();
        }

        @Override
        public void serializeWithType(JsonGenerator generator, SerializationContext context,
                TypeSerializer types) {
            serialize(generator, context);
        }
    }

    private ObjectNode document(Results results, List<ObjectNode> notifications, boolean successful) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", SARIF_VERSION);
        ObjectNode run = root.putArray("runs").addObject();
        run.putObject("tool").set("driver", driver());
        run.putObject("automationDetails").put("id", options.category() + "/");
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", successful);
        if (!notifications.isEmpty()) {
            invocation.putArray("toolExecutionNotifications").addAll(notifications);
        }
        run.put("columnKind", "utf16CodeUnits");
        run.putPOJO("results", results);
        return root;
    }

    private ObjectNode driver() {
        ObjectNode driver = JSON.objectNode();
        driver.put("name", "agentlint");
        if (version != null && !version.isBlank()) {
            driver.put("version", version);
            driver.put("semanticVersion", version);
        }
        if (!informationUri.isEmpty()) {
            driver.put("informationUri", informationUri);
        }
        ArrayNode list = driver.putArray("rules");
        for (RuleMeta meta : rules) {
            list.add(rule(meta));
        }
        return driver;
    }

    private ObjectNode rule(RuleMeta meta) {
        ObjectNode rule = JSON.objectNode();
        rule.put("id", meta.id());
        rule.put("name", limit(pascalCase(meta.id()), MAX_NAME));
        String summary = meta.summary().isBlank() ? meta.id() : meta.summary();
        rule.putObject("shortDescription").put("text", limit(plain(summary), MAX_DESCRIPTION));
        String firstParagraph = meta.description().strip().split("\\n\\s*\\n", 2)[0].replaceAll("\\s*\\n\\s*", " ");
        rule.putObject("fullDescription").put("text",
                limit(plain(firstParagraph.isBlank() ? summary : firstParagraph), MAX_DESCRIPTION));
        ObjectNode help = rule.putObject("help");
        help.put("text", helpText(meta, summary));
        help.put("markdown", helpMarkdown(meta, summary));
        if (!informationUri.isEmpty()) {
            rule.put("helpUri", informationUri + "/blob/main/docs/rules/" + meta.id() + ".md");
        }
        rule.putObject("defaultConfiguration").put("level", level(meta.severity()));
        ObjectNode properties = rule.putObject("properties");
        Optional<String> securitySeverity = securitySeverity(meta.securitySeverity());
        Set<String> tags = new LinkedHashSet<>(meta.tags());
        if (securitySeverity.isPresent()) {
            tags.add("security");
        }
        ArrayNode tagList = properties.putArray("tags");
        tags.stream().filter(t -> !t.isBlank()).limit(MAX_TAGS).forEach(tagList::add);
        properties.put("precision", PRECISIONS.contains(meta.precision()) ? meta.precision() : "high");
        properties.put("problem.severity", switch (meta.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "recommendation";
        });
        securitySeverity.ifPresent(value -> properties.put("security-severity", value));
        return rule;
    }

    /** A security severity GitHub can read (a plain number from 0 to 10), or nothing. */
    static Optional<String> securitySeverity(String declared) {
        String value = declared == null ? "" : declared.strip();
        if (!SECURITY_SEVERITY.matcher(value).matches() || Double.parseDouble(value) > 10.0) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static String helpText(RuleMeta meta, String summary) {
        StringBuilder text = new StringBuilder(plain(meta.description().isBlank() ? summary : meta.description()));
        if (!meta.rationale().isBlank()) {
            text.append("\n\nWhy: ").append(plain(meta.rationale()));
        }
        return text.toString();
    }

    private static String helpMarkdown(RuleMeta meta, String summary) {
        StringBuilder markdown = new StringBuilder(meta.description().isBlank() ? summary : meta.description());
        if (!meta.rationale().isBlank()) {
            markdown.append("\n\n**Why:** ").append(meta.rationale());
        }
        appendExample(markdown, "Bad", meta.badExample());
        appendExample(markdown, "Good", meta.goodExample());
        return markdown.toString();
    }

    private static void appendExample(StringBuilder markdown, String label, String example) {
        if (example == null || example.isBlank()) {
            return;
        }
        int longestRun = 0;
        Matcher backticks = Pattern.compile("`+").matcher(example);
        while (backticks.find()) {
            longestRun = Math.max(longestRun, backticks.group().length());
        }
        String fence = "`".repeat(Math.max(3, longestRun + 1));
        markdown.append("\n\n**").append(label).append(":**\n\n").append(fence).append("markdown\n")
                .append(example.stripTrailing()).append('\n').append(fence);
    }

    private void writeResult(JsonGenerator generator, Finding finding, Identity identity, boolean markSuppression,
            String justification) {
        generator.writeStartObject();
        generator.writeStringProperty("ruleId", finding.ruleId());
        Integer index = ruleIndex.get(finding.ruleId());
        if (index != null) {
            generator.writeNumberProperty("ruleIndex", index.intValue());
        }
        generator.writeStringProperty("level", level(finding.severity()));
        List<Related> related = finding.related().size() > MAX_RELATED_LOCATIONS
                ? finding.related().subList(0, MAX_RELATED_LOCATIONS)
                : finding.related();
        writeMessage(generator, messageText(finding, related));
        generator.writeArrayPropertyStart("locations");
        generator.writeStartObject();
        writePhysicalLocation(generator, finding.path(), finding.span());
        generator.writeEndObject();
        generator.writeEndArray();
        if (!related.isEmpty()) {
            generator.writeArrayPropertyStart("relatedLocations");
            for (int i = 0; i < related.size(); i++) {
                Related other = related.get(i);
                generator.writeStartObject();
                generator.writeNumberProperty("id", i + 1);
                writePhysicalLocation(generator, other.path(), other.span());
                writeMessage(generator, relatedText(other));
                generator.writeEndObject();
            }
            generator.writeEndArray();
        }
        generator.writeObjectPropertyStart("partialFingerprints");
        identity.lineHash().ifPresent(hash -> generator.writeStringProperty(LINE_HASH_KEY, hash));
        generator.writeStringProperty(FINGERPRINT_KEY, identity.fingerprint());
        generator.writeEndObject();
        if (markSuppression) {
            writeSuppressions(generator, justification);
        }
        generator.writeEndObject();
    }

    private static void writeMessage(JsonGenerator generator, String text) {
        generator.writeObjectPropertyStart("message");
        generator.writeStringProperty("text", text);
        generator.writeEndObject();
    }

    /**
     * Every result gets a {@code suppressions} array once any may have one (SARIF §3.27.23): empty for an open
     * finding, one in-source suppression with its justification for a silenced one.
     */
    private static void writeSuppressions(JsonGenerator generator, String justification) {
        generator.writeArrayPropertyStart("suppressions");
        if (justification != null) {
            generator.writeStartObject();
            generator.writeStringProperty("kind", "inSource");
            if (!justification.isBlank()) {
                generator.writeStringProperty("justification", justification);
            }
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }

    /** The finding's message, never empty, with a link {@code [text](id)} to each related location. */
    private String messageText(Finding finding, List<Related> related) {
        String message = finding.message() == null ? "" : finding.message().strip();
        if (message.isEmpty()) {
            message = Optional.ofNullable(ruleIndex.get(finding.ruleId())).map(i -> rules.get(i).summary())
                    .filter(s -> !s.isBlank()).orElse(finding.ruleId());
        }
        // Text that happens to look like a link to a location must not become one; without "](" none does, which
        // spares most messages a search of every position.
        if (message.contains("](")) {
            message = MESSAGE_LINK.matcher(message).replaceAll(m -> Matcher.quoteReplacement(
                    "\\[" + m.group(1) + "\\](" + m.group(2) + ")"));
        }
        if (related.isEmpty()) {
            return message;
        }
        StringBuilder text = new StringBuilder(message);
        if (!message.endsWith(".") && !message.endsWith("!") && !message.endsWith("?")) {
            text.append('.');
        }
        text.append(" See ");
        for (int i = 0; i < related.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append('[').append(escapeLinkText(relatedText(related.get(i)))).append("](").append(i + 1)
                    .append(')');
        }
        return text.append('.').toString();
    }

    private static String relatedText(Related related) {
        return related.message() == null || related.message().isBlank() ? "related location"
                : related.message().strip();
    }

    private static String escapeLinkText(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    private static void writePhysicalLocation(JsonGenerator generator, String path, Span span) {
        generator.writeObjectPropertyStart("physicalLocation");
        generator.writeObjectPropertyStart("artifactLocation");
        generator.writeStringProperty("uri", uri(path));
        generator.writeStringProperty("uriBaseId", SOURCE_ROOT);
        generator.writeEndObject();
        Position start = span.start();
        Position end = span.end();
        int endColumn = end.equals(start) ? start.column() + 1 : end.column();
        generator.writeObjectPropertyStart("region");
        generator.writeNumberProperty("startLine", start.line());
        generator.writeNumberProperty("startColumn", start.column());
        generator.writeNumberProperty("endLine", end.line());
        generator.writeNumberProperty("endColumn", endColumn);
        generator.writeEndObject();
        generator.writeEndObject();
    }

    private static void artifactLocation(ObjectNode node, String path) {
        node.put("uri", uri(path));
        node.put("uriBaseId", SOURCE_ROOT);
    }

    private static ObjectNode fileErrorNotification(FileError error) {
        ObjectNode notification = JSON.objectNode();
        notification.put("level", "error");
        String message = error.message() == null || error.message().isBlank() ? "could not be linted"
                : error.message().strip();
        notification.putObject("message").put("text", error.path() + ": " + message);
        ObjectNode location = notification.putArray("locations").addObject();
        artifactLocation(location.putObject("physicalLocation").putObject("artifactLocation"), error.path());
        return notification;
    }

    private static ObjectNode warning(String message) {
        ObjectNode notification = JSON.objectNode();
        notification.put("level", "warning");
        notification.putObject("message").put("text", message);
        return notification;
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * A root-relative path as a relative URI reference: forward slashes, every byte other than an unreserved
     * character or {@code /} percent-encoded (UTF-8), so that no segment can be read as a scheme.
     */
    static String uri(String path) {
        String normal = path.replace('\\', '/');
        while (normal.startsWith("./")) {
            normal = normal.substring(2);
        }
        StringBuilder out = new StringBuilder(normal.length() + 8);
        for (byte b : normal.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (keep) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * The rule's SARIF name: its id in PascalCase. SARIF validators require a name that differs from the id
     * even ignoring case, so a one-word id gets a {@code Check} suffix.
     */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder(id.length());
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        if (name.isEmpty()) {
            return id + "Check";
        }
        return name.toString().equalsIgnoreCase(id) ? name + "Check" : name.toString();
    }

    /** Markdown reduced to plain text: links become {@code text (url)}, code and emphasis marks go. */
    static String plain(String markdown) {
        String text = MARKDOWN_LINK.matcher(markdown.strip())
                .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " (" + m.group(2) + ")"));
        return text.replace("**", "").replace("`", "");
    }

    private static String limit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "\u2026";
    }

    /**
     * The document and a line break, compressed, in UTF-8 with a character that cannot be encoded (half of a
     * surrogate pair a message was cut in) as {@code ?}, as Java encodes text; made through a writer, since the
     * generator that writes bytes itself refuses such a character.
     */
    private static ChunkedBytes compressed(ObjectNode root) {
        ChunkedBytes bytes = new ChunkedBytes();
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(bytes, PIECE), StandardCharsets.UTF_8)) {
            MAPPER.writeValue(writer, root);
            writer.write(System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** What tells a result apart from others: agentlint's fingerprint and GitHub's hash of its first line. */
    private record Identity(String fingerprint, Optional<String> lineHash) {
    }

    /**
     * The identities of the findings of one file, from one reading of the file; null for those not {@code kept},
     * and the file is not read when none is.
     */
    private List<Identity> identities(List<Finding> ofFile, int[] positions, boolean[] kept) {
        boolean anyKept = false;
        int lastLine = 0;
        for (int k = 0; k < positions.length; k++) {
            if (kept[positions[k]]) {
                anyKept = true;
                lastLine = Math.max(lastLine, ofFile.get(k).span().startLine());
            }
        }
        if (!anyKept) {
            return Collections.nCopies(positions.length, null);
        }
        Optional<SourceText> text = Optional.ofNullable(options.sourceText().apply(ofFile.get(0).path()));
        int hashedThrough = lastLine;
        Optional<LineHash> lines = text.map(source -> LineHash.of(source.text(), hashedThrough));
        List<String> fingerprints = Fingerprints.ofFile(ofFile, text.orElse(null), k -> kept[positions[k]]);
        List<Identity> identities = new ArrayList<>(positions.length);
        for (int k = 0; k < positions.length; k++) {
            int line = ofFile.get(k).span().startLine();
            identities.add(kept[positions[k]] ? new Identity(fingerprints.get(k), lines
                    .filter(hashes -> line >= 1 && line <= hashes.lineCount()).map(hashes -> hashes.at(line)))
                    : null);
        }
        return identities;
    }
}
