package dev.agentlint.report;

import dev.agentlint.model.Finding;
import dev.agentlint.model.Position;
import dev.agentlint.model.Related;
import dev.agentlint.model.Severity;
import dev.agentlint.model.Span;
import java.io.PrintWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The machine format documented in {@code docs/json-output.md}; its shape is stable within a major version. */
public final class JsonFormatter {

    public static final int SCHEMA_VERSION = 1;
    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String version;

    public JsonFormatter(String version) {
        this.version = version;
    }

    /** Writes findings one by one rather than building the whole document, so a large report costs no memory. */
    public void write(Report report, PrintWriter out) {
        try (JsonGenerator json = MAPPER.writer().createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberProperty("schemaVersion", SCHEMA_VERSION);
            json.writeName("tool");
            json.writeTree(JSON.objectNode().put("name", "agentlint").put("version", version));
            ObjectNode summary = JSON.objectNode();
            summary.put("files", report.result().files());
            summary.put("errors", report.result().count(Severity.ERROR));
            summary.put("warnings", report.result().count(Severity.WARNING));
            summary.put("infos", report.result().count(Severity.INFO));
            summary.put("fileErrors", report.fileErrors().size());
            json.writeName("summary");
            json.writeTree(summary);
            json.writeArrayPropertyStart("findings");
            for (Finding finding : report.result().findings()) {
                json.writeTree(finding(finding));
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("fileErrors");
            for (FileError error : report.fileErrors()) {
                json.writeTree(JSON.objectNode().put("path", error.path()).put("message", error.message()));
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
        out.flush();
    }

    private static ObjectNode finding(Finding finding) {
        ObjectNode node = JSON.objectNode();
        node.put("ruleId", finding.ruleId());
        node.put("severity", finding.severity().id());
        node.put("confidence", finding.confidence().id());
        node.put("message", finding.message());
        node.put("path", finding.path());
        putSpan(node, finding.span());
        ArrayNode related = node.putArray("related");
        for (Related other : finding.related()) {
            ObjectNode relatedNode = related.addObject();
            relatedNode.put("path", other.path());
            putSpan(relatedNode, other.span());
            relatedNode.put("message", other.message());
        }
        return node;
    }

    private static void putSpan(ObjectNode node, Span span) {
        putPosition(node.putObject("start"), span.start());
        putPosition(node.putObject("end"), span.end());
    }

    private static void putPosition(ObjectNode node, Position position) {
        node.put("line", position.line()).put("column", position.column());
    }
}
