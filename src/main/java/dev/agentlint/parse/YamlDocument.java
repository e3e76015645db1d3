package dev.agentlint.parse;

import dev.agentlint.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * YAML front matter as a JSON tree plus the source span of every key and value, addressed by JSON Pointer.
 *
 * @param root the tree, or {@code null} when the YAML could not be read or was empty
 * @param locations JSON Pointer to the spans of the key (absent for array items and the root) and the value
 * @param duplicateKeys keys written twice in one mapping; the tree keeps the last value
 * @param error why the YAML could not be read, if it could not
 */
public record YamlDocument(
        JsonNode root,
        Map<String, NodeLocation> locations,
        List<DuplicateKey> duplicateKeys,
        Optional<YamlError> error) {

    public record NodeLocation(Span key, Span value) {
        /** The key when there is one, else the value: where a finding about this entry points. */
        public Span keyOrValue() {
            return key != null ? key : value;
        }
    }

    public record DuplicateKey(String key, String pointer, Span span, Span previous) {
    }

    public record YamlError(String message, Span span) {
    }

    public Optional<NodeLocation> location(String pointer) {
        return Optional.ofNullable(locations.get(pointer));
    }

    /** The nearest located node at or above a pointer. */
    public Optional<NodeLocation> nearestLocation(String pointer) {
        for (String p = pointer; ; p = JsonPointer.parent(p)) {
            NodeLocation location = locations.get(p);
            if (location != null) {
                return Optional.of(location);
            }
            if (p.isEmpty()) {
                return Optional.empty();
            }
        }
    }
}
