package dev.agentlint.schema;

import com.networknt.schema.Error;
import dev.agentlint.parse.JsonPointer;
import dev.agentlint.schema.SchemaViolation.Kind;
import dev.agentlint.text.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Turns a schema's validation errors into messages a person understands, one per offending node. */
public final class ViolationMessages {

    private final SchemaSet schemas;
    private final String schemaName;
    private final String subject;

    /**
     * @param subject what the schema describes, for messages, e.g. {@code a Claude Code subagent}
     */
    public ViolationMessages(SchemaSet schemas, String schemaName, String subject) {
        this.schemas = schemas;
        this.schemaName = schemaName;
        this.subject = subject;
    }

    public List<SchemaViolation> violations(JsonNode instance) {
        List<SchemaViolation> result = new ArrayList<>();
        Map<String, Set<String>> expectedTypes = new LinkedHashMap<>();
        Set<String> invalidPointers = new LinkedHashSet<>();
        for (Error error : schemas.validate(schemaName, instance)) {
            String pointer = error.getInstanceLocation().toString();
            String keyword = error.getKeyword();
            if (keyword.equals("required")) {
                result.add(new SchemaViolation(Kind.MISSING_FIELD, pointer, error.getProperty(),
                        "missing required field \"" + error.getProperty() + "\"" + requiredHint(pointer, error)));
            } else if (keyword.equals("additionalProperties") || keyword.equals("unevaluatedProperties")) {
                result.add(new SchemaViolation(Kind.UNKNOWN_FIELD, pointer, error.getProperty(),
                        unknownField(error, instance.at(pointer))));
            } else if (keyword.equals("type")) {
                expectedTypes.computeIfAbsent(pointer, p -> new LinkedHashSet<>()).add(error.getSchemaNode().isArray()
                        ? error.getSchemaNode().valueStream().map(JsonNode::asString)
                                .collect(Collectors.joining(","))
                        : error.getSchemaNode().asString());
            } else if (invalidPointers.add(pointer)) {
                result.add(new SchemaViolation(Kind.INVALID_VALUE, pointer, null,
                        invalidValue(error, instance.at(pointer))));
            }
        }
        expectedTypes.forEach((pointer, types) -> {
            if (!invalidPointers.contains(pointer)) {
                result.add(new SchemaViolation(Kind.INVALID_VALUE, pointer, null,
                        label(pointer) + " must be " + typeList(types) + ", found " + describe(instance.at(pointer))));
            }
        });
        return result;
    }

    private String requiredHint(String pointer, Error error) {
        if (!pointer.isEmpty()) {
            return " in " + label(pointer);
        }
        JsonNode required = schemaNodeNear(error, "required");
        if (required.isArray() && required.size() > 1) {
            String all = required.valueStream().map(n -> "\"" + n.asString() + "\"")
                    .collect(Collectors.joining(" and "));
            return "; " + subject + " needs " + all;
        }
        return "; " + subject + " needs it";
    }

    private String unknownField(Error error, JsonNode object) {
        JsonNode properties = schemaNodeNear(error, "properties");
        List<String> known = new ArrayList<>();
        properties.propertyNames().forEach(known::add);
        List<String> unused = known.stream().filter(name -> !object.has(name)).toList();
        String suggestion = Suggestions.didYouMean(error.getProperty(), unused);
        String where = error.getInstanceLocation().toString().isEmpty() ? ""
                : " in " + label(error.getInstanceLocation().toString());
        if (!suggestion.isEmpty() || known.isEmpty()) {
            return "unknown field \"" + error.getProperty() + "\"" + where + suggestion;
        }
        return "unknown field \"" + error.getProperty() + "\"" + where + " for " + subject + "; expected one of "
                + String.join(", ", known);
    }

    private String invalidValue(Error error, JsonNode value) {
        String field = label(error.getInstanceLocation().toString());
        JsonNode schemaNode = error.getSchemaNode();
        return switch (error.getKeyword()) {
            case "enum" -> field + " " + quoted(value) + " is not one of " + values(schemaNode)
                    + (value.isString() ? Suggestions.didYouMean(value.asString(), texts(schemaNode)) : "");
            case "const" -> field + " must be " + quoted(schemaNode) + ", found " + quoted(value);
            case "pattern" -> field + " " + quoted(value) + " must be "
                    + schemaNodeNear(error, "x-expected").asString("text matching " + schemaNode.asString());
            case "minLength" -> field + " must not be empty";
            case "maxLength" -> field + " must be at most " + schemaNode.asString() + " characters long";
            case "minimum" -> field + " must be at least " + schemaNode.asString() + ", found " + text(value);
            case "maximum" -> field + " must be at most " + schemaNode.asString() + ", found " + text(value);
            case "exclusiveMinimum" -> field + " must be greater than " + schemaNode.asString();
            case "minItems" -> field + " must not be an empty list";
            case "uniqueItems" -> field + " must not list the same value twice";
            case "minProperties" -> field + " must not be an empty map";
            case "false" -> field + " is not allowed here";
            default -> field + " " + error.getMessage();
        };
    }

    /** A node of the schema beside the failing keyword, e.g. {@code properties} next to {@code additionalProperties}. */
    private JsonNode schemaNodeNear(Error error, String sibling) {
        String fragment = error.getSchemaLocation().getFragment().toString();
        String parent = JsonPointer.parent(fragment.startsWith("#") ? fragment.substring(1) : fragment);
        return schemas.document(schemaName).at(parent + "/" + sibling);
    }

    /** A readable name for a JSON Pointer: {@code /handoffs/0/agent} is {@code handoffs[0].agent}. */
    public static String label(String pointer) {
        if (pointer.isEmpty()) {
            return "the front matter";
        }
        StringBuilder label = new StringBuilder();
        for (String token : pointer.substring(1).split("/")) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
                label.append('[').append(name).append(']');
            } else {
                label.append(label.isEmpty() ? "" : ".").append(name);
            }
        }
        return label.toString();
    }

    private static String typeList(Set<String> types) {
        List<String> names = types.stream().flatMap(t -> List.of(t.split(",")).stream())
                .map(ViolationMessages::typeName).distinct().toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "string" -> "a string";
            case "array" -> "a list";
            case "object" -> "a map";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "null" -> "empty";
            default -> type;
        };
    }

    /** What kind of value a node is, for "found ..." in messages. */
    public static String describe(JsonNode node) {
        if (node.isObject()) {
            return "a map";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isBoolean()) {
            return node.asString();
        }
        if (node.isNumber()) {
            return "the number " + node.asString();
        }
        if (node.isNull() || node.isMissingNode()) {
            return "an empty value";
        }
        return "the string " + quoted(node);
    }

    private static String quoted(JsonNode node) {
        return node.isString() ? "\"" + node.asString() + "\"" : text(node);
    }

    /** A value as it reads in a message: a scalar as is, a list or map as compact JSON. */
    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asString() : node.toString();
    }

    private static String values(JsonNode array) {
        return String.join(", ", texts(array));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(text(n)));
        return texts;
    }
}
