package dev.agentlint.rules;

import dev.agentlint.agent.AgentFile;
import dev.agentlint.model.Span;
import dev.agentlint.parse.JsonPointer;
import dev.agentlint.parse.YamlDocument.NodeLocation;
import dev.agentlint.schema.SchemaViolation;

/** Where a schema violation points in the file: the key when there is one, else the value, else the fence. */
final class SchemaFindings {

    private SchemaFindings() {
    }

    static Span span(AgentFile file, SchemaViolation violation) {
        String pointer = violation.kind() == SchemaViolation.Kind.UNKNOWN_FIELD
                ? JsonPointer.child(violation.pointer(), violation.property())
                : violation.pointer();
        if (violation.kind() == SchemaViolation.Kind.MISSING_FIELD && violation.pointer().isEmpty()) {
            return file.frontMatter().openingFence();
        }
        var location = file.yaml().nearestLocation(pointer);
        if (location.isEmpty()) {
            return file.frontMatter().openingFence();
        }
        NodeLocation found = location.get();
        boolean scalar = file.yaml().root() != null && file.yaml().root().at(pointer).isValueNode();
        boolean onValue = violation.kind() == SchemaViolation.Kind.INVALID_VALUE && found.value() != null && scalar;
        return onValue ? found.value() : found.keyOrValue();
    }
}
