package dev.agentlint.report;

import dev.agentlint.model.Finding;
import dev.agentlint.model.SourceText;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The findings a team has accepted for now ({@code .agentlint-baseline.json}). A finding matches an entry by its
 * fingerprint, which does not depend on line numbers, so edits elsewhere in a file keep it matched; each entry
 * matches one finding, so a second copy of an accepted problem is still reported.
 */
public final class Baseline {

    public static final String DEFAULT_FILE = ".agentlint-baseline.json";
    private static final int VERSION = 1;
    /** Writes into a writer it does not own: the line break that ends the file comes after the document. */
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private final Map<String, Integer> counts;

    private Baseline(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** Thrown when a baseline file is not one agentlint wrote. */
    public static final class InvalidBaseline extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidBaseline(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The baseline in {@code file}. A baseline agentlint wrote is read entry by entry as the file is read, without
     * the document as a whole in memory; anything else is read again as a tree, which tells what is wrong with it.
     *
     * @throws IOException when the file cannot be read or is not UTF-8
     */
    public static Baseline read(Path file) throws IOException, InvalidBaseline {
        Map<String, Integer> counts;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), strict)) {
            counts = streamed(reader);
        }
        return counts != null ? new Baseline(counts) : parseTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The entries' fingerprints counted, or {@code null} when the document is not a baseline as agentlint writes. */
    static Map<String, Integer> streamed(Reader json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonNode version = null;
            Map<String, Integer> counts = null;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("version")) {
                    version = parser.readValueAsTree();
                } else if (name.equals("findings")) {
                    counts = value == JsonToken.START_ARRAY ? fingerprints(parser) : null;
                    if (counts == null) {
                        return null;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            boolean baseline = version != null && version.asInt(0) == VERSION && counts != null;
            return baseline && parser.nextToken() == null ? counts : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** The fingerprints of the entries of the array the parser is at, or {@code null} when one has none. */
    private static Map<String, Integer> fingerprints(JsonParser parser) {
        Map<String, Integer> counts = new HashMap<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonNode entry = parser.readValueAsTree();
            String fingerprint = entry.path("fingerprint").asString("");
            if (fingerprint.isEmpty()) {
                return null;
            }
            counts.merge(fingerprint, 1, Integer::sum);
        }
        return counts;
    }

    /** The baseline in {@code json}, read as a whole tree. */
    static Baseline parseTree(String json) throws InvalidBaseline {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidBaseline("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || root.path("version").asInt(0) != VERSION || !root.path("findings").isArray()) {
            throw new InvalidBaseline("not an agentlint baseline (expected \"version\": 1 and a \"findings\" list)");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode entry : root.path("findings")) {
            String fingerprint = entry.path("fingerprint").asString("");
            if (fingerprint.isEmpty()) {
                throw new InvalidBaseline("a finding has no \"fingerprint\"");
            }
            counts.merge(fingerprint, 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    /** How many entries have each fingerprint. */
    Map<String, Integer> counts() {
        return counts;
    }

    /**
     * Writes the baseline file for these findings: one entry per finding, in the canonical order, entry by entry, so
     * that a large baseline is not held in memory as a whole.
     */
    public static void write(List<Finding> findings, Function<String, SourceText> sources, PrintWriter out) {
        List<String> fingerprints = Fingerprints.of(findings, sources);
        try (JsonGenerator json = MAPPER.writer().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberProperty("version", VERSION);
            json.writeStringProperty("tool", "agentlint");
            json.writeArrayPropertyStart("findings");
            for (int i = 0; i < findings.size(); i++) {
                Finding finding = findings.get(i);
                json.writeTree(JsonNodeFactory.instance.objectNode()
                        .put("ruleId", finding.ruleId())
                        .put("path", finding.path())
                        .put("line", finding.span().startLine())
                        .put("message", finding.message())
                        .put("fingerprint", fingerprints.get(i)));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    /** The findings not accepted by this baseline, in their original order. */
    public List<Finding> newFindings(List<Finding> findings, Function<String, SourceText> sources) {
        List<String> fingerprints = Fingerprints.of(findings, sources);
        Map<String, Integer> remaining = new HashMap<>(counts);
        List<Finding> fresh = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Integer left = remaining.get(fingerprints.get(i));
            if (left != null && left > 0) {
                remaining.put(fingerprints.get(i), left - 1);
            } else {
                fresh.add(findings.get(i));
            }
        }
        return fresh;
    }
}
