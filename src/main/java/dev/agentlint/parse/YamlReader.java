package dev.agentlint.parse;

import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;
import dev.agentlint.parse.YamlDocument.DuplicateKey;
import dev.agentlint.parse.YamlDocument.NodeLocation;
import dev.agentlint.parse.YamlDocument.YamlError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads YAML through snakeyaml-engine's composer (not its loader) so that every key and value keeps its position
 * and duplicate keys stay visible, then converts the node tree to JSON for schema validation.
 */
public final class YamlReader {

    /** Nodes converted per document at most; alias expansion beyond this is a "billion laughs" attack. */
    static final int MAX_NODES = 500_000;
    static final int MAX_DEPTH = 500;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Immutable, so one serves every file and thread. */
    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setSchema(new CoreSchema())
            .setAllowRecursiveKeys(false)
            .setMaxAliasesForCollections(50)
            .setAllowNonScalarKeys(true)
            .setCodePointLimit(8 * 1024 * 1024)
            .build();

    private final SourceText source;
    private final int firstLine;
    private final Map<String, NodeLocation> locations = new HashMap<>();
    private final List<DuplicateKey> duplicates = new ArrayList<>();
    private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
    private int converted;

    private YamlReader(SourceText source, int firstLine) {
        this.source = source;
        this.firstLine = firstLine;
    }

    /** Reads {@code yaml}, whose first line is line {@code firstLine} of {@code source}. Never throws. */
    public static YamlDocument read(SourceText source, String yaml, int firstLine) {
        return new YamlReader(source, firstLine).read(yaml);
    }

    private YamlDocument read(String yaml) {
        int forbidden = firstForbiddenCharacter(yaml);
        if (forbidden >= 0) {
            int offset = source.offset(Span.point(firstLine, 1).start()) + forbidden;
            return failed(String.format("control character U+%04X is not allowed in YAML", (int) yaml.charAt(forbidden)),
                    source.span(offset, offset + 1));
        }
        try {
            Optional<Node> node = new Compose(SETTINGS).composeString(yaml);
            if (node.isEmpty()) {
                return new YamlDocument(null, Map.of(), List.of(), Optional.empty());
            }
            JsonNode root = convert(node.get(), "", null, 0);
            return new YamlDocument(root, Map.copyOf(locations), List.copyOf(duplicates), Optional.empty());
        } catch (MarkedYamlEngineException e) {
            return failed(describe(e), e.getProblemMark().or(e::getContextMark).map(this::point).orElse(startOfYaml()));
        } catch (TooComplex e) {
            return failed(e.getMessage(), e.span);
        } catch (YamlEngineException e) {
            return failed(lowercaseFirst(e.getMessage()), startOfYaml());
        } catch (StackOverflowError e) {
            return failed("front matter nests too deeply to be read", startOfYaml());
        }
    }

    /** The index of the first character YAML 1.2 does not allow in a stream, or -1. */
    private static int firstForbiddenCharacter(String yaml) {
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || (c >= 0x20 && c <= 0x7e) || c == 0x85
                    || (c >= 0xa0 && c <= 0xfffd);
            if (!allowed) {
                return i;
            }
        }
        return -1;
    }

    private YamlDocument failed(String message, Span span) {
        return new YamlDocument(null, Map.of(), List.of(), Optional.of(new YamlError(message, span)));
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() != null ? e.getProblem() : "invalid YAML";
        String context = e.getContext();
        if (problem.contains("\\t(TAB)")) {
            return "tab character used for indentation; indent YAML with spaces";
        }
        if (context != null && context.contains("scanning an alias")) {
            return "a value starting with \"*\" is read as a YAML alias; put the value in quotes";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "a value contains \": \", which YAML reads as a nested key; put the value in quotes";
        }
        String text = context != null && !context.isBlank() ? context + ": " + problem : problem;
        return lowercaseFirst(text.replaceAll("\\s+", " ").trim().replaceAll("[.\\s]+$", ""));
    }

    private static String lowercaseFirst(String text) {
        if (text == null || text.isEmpty()) {
            return "invalid YAML";
        }
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    private Span startOfYaml() {
        int line = Math.min(firstLine, source.lineCount());
        return Span.point(line, 1);
    }

    private JsonNode convert(Node node, String pointer, Span keySpan, int depth) {
        if (++converted > MAX_NODES) {
            throw new TooComplex("front matter has more than " + MAX_NODES
                    + " values (counting each use of an alias); agentlint reads no more", span(node));
        }
        if (depth > MAX_DEPTH) {
            throw new TooComplex("front matter nests deeper than " + MAX_DEPTH + " levels", span(node));
        }
        if (onPath.put(node, Boolean.TRUE) != null) {
            throw new TooComplex("front matter contains a recursive alias", span(node));
        }
        try {
            locations.putIfAbsent(pointer, new NodeLocation(keySpan, span(node)));
            if (node instanceof MappingNode mapping) {
                return convertMapping(mapping, pointer, depth);
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = JSON.arrayNode();
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    array.add(convert(items.get(i), JsonPointer.child(pointer, i), null, depth + 1));
                }
                return array;
            }
            return scalar((ScalarNode) node);
        } finally {
            onPath.remove(node);
        }
    }

    private ObjectNode convertMapping(MappingNode mapping, String pointer, int depth) {
        ObjectNode object = JSON.objectNode();
        Map<String, Span> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyText(keyNode);
            Span keySpan = span(keyNode);
            String child = JsonPointer.child(pointer, key);
            Span previous = seen.putIfAbsent(key, keySpan);
            if (previous != null) {
                duplicates.add(new DuplicateKey(key, child, keySpan, previous));
                locations.remove(child);
                removeDescendants(child);
            }
            object.set(key, convert(tuple.getValueNode(), child, keySpan, depth + 1));
        }
        return object;
    }

    private void removeDescendants(String pointer) {
        String prefix = pointer + "/";
        locations.keySet().removeIf(p -> p.startsWith(prefix));
    }

    private String keyText(Node keyNode) {
        if (keyNode instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        return source.slice(span(keyNode)).strip();
    }

    private static JsonNode scalar(ScalarNode node) {
        String value = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return JSON.nullNode();
        }
        if (Tag.BOOL.equals(tag)) {
            return JSON.booleanNode(value.equalsIgnoreCase("true"));
        }
        if (Tag.INT.equals(tag)) {
            return integer(value);
        }
        if (Tag.FLOAT.equals(tag)) {
            return floating(value);
        }
        return JSON.stringNode(value);
    }

    private static JsonNode integer(String value) {
        try {
            String digits = value.startsWith("+") ? value.substring(1) : value;
            if (digits.startsWith("0x")) {
                return JSON.numberNode(new BigInteger(digits.substring(2), 16));
            }
            if (digits.startsWith("0o")) {
                return JSON.numberNode(new BigInteger(digits.substring(2), 8));
            }
            BigInteger number = new BigInteger(digits);
            return number.bitLength() < 63 ? JSON.numberNode(number.longValue()) : JSON.numberNode(number);
        } catch (NumberFormatException e) {
            return JSON.stringNode(value);
        }
    }

    private static JsonNode floating(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".inf")) {
            return JSON.numberNode(lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (lower.equals(".nan")) {
            return JSON.numberNode(Double.NaN);
        }
        try {
            return JSON.numberNode(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return JSON.stringNode(value);
        }
    }

    private Span span(Node node) {
        Span start = node.getStartMark().map(this::point).orElse(startOfYaml());
        Span end = node.getEndMark().map(this::point).orElse(start);
        return start.union(end);
    }

    private Span point(Mark mark) {
        int line = Math.min(firstLine + mark.getLine(), source.lineCount());
        return Span.point(line, source.utf16Column(line, mark.getColumn()));
    }

    private static final class TooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Span span;

        TooComplex(String message, Span span) {
            super(message, null, false, false);
            this.span = span;
        }
    }
}
