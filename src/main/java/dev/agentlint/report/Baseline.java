package dev.agentlint.report;

import dev.agentlint.model.Finding;
import dev.agentlint.model.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The findings a team has accepted for now ({@code .agentlint-baseline.json}). A finding matches an entry by its
 * fingerprint, which does not depend on line numbers, so edits elsewhere in a file keep it matched; each entry
 * matches one finding, so a second copy of an accepted problem is still reported.
 */
public final class Baseline {

    public static final String DEFAULT_FILE = ".agentlint-baseline.json";
    private static final int VERSION = 1;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

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

    public static Baseline parse(String json) throws InvalidBaseline {
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

    /** The baseline file for these findings: one entry per finding, in the canonical order. */
    public static String write(List<Finding> findings, Function<String, SourceText> sources) {
        List<String> fingerprints = Fingerprints.of(findings, sources);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("version", VERSION);
        root.put("tool", "agentlint");
        ArrayNode entries = root.putArray("findings");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            entries.addObject()
                    .put("ruleId", finding.ruleId())
                    .put("path", finding.path())
                    .put("line", finding.span().startLine())
                    .put("message", finding.message())
                    .put("fingerprint", fingerprints.get(i));
        }
        return MAPPER.writeValueAsString(root) + "\n";
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
