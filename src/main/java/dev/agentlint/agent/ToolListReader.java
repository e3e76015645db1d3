package dev.agentlint.agent;

import dev.agentlint.agent.ToolList.Shape;
import dev.agentlint.model.SourceText;
import dev.agentlint.model.Span;
import dev.agentlint.parse.JsonPointer;
import dev.agentlint.parse.YamlDocument;
import dev.agentlint.parse.YamlDocument.NodeLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads a tools field in any of the ways formats write it, keeping the exact span of every entry. */
final class ToolListReader {

    private final SourceText source;
    private final YamlDocument yaml;

    ToolListReader(SourceText source, YamlDocument yaml) {
        this.source = source;
        this.yaml = yaml;
    }

    ToolList read(String pointer) {
        JsonNode node = yaml.root() == null ? null : yaml.root().at(pointer);
        if (node == null || node.isMissingNode()) {
            return ToolList.ABSENT;
        }
        Span span = yaml.location(pointer).map(NodeLocation::value).orElse(null);
        if (node.isString()) {
            return new ToolList(Shape.COMMA_STRING, splitString(node.asString(), span), span);
        }
        if (node.isArray()) {
            return new ToolList(Shape.LIST, listEntries(node, pointer), span);
        }
        if (node.isObject() && (node.has("allowed") || node.has("denied"))) {
            return new ToolList(Shape.ALLOW_DENY_MAP, listEntries(node.path("allowed"), pointer + "/allowed"), span);
        }
        if (node.isObject() && allBooleans(node)) {
            return new ToolList(Shape.BOOLEAN_MAP, mapEntries(node, pointer, true), span);
        }
        return new ToolList(Shape.INVALID, List.of(), span);
    }

    /** The entries a non-standard {@code {allowed, denied}} map or an opencode map says to deny. */
    ToolList readDenied(String pointer) {
        JsonNode node = yaml.root() == null ? null : yaml.root().at(pointer);
        if (node == null || !node.isObject()) {
            return ToolList.ABSENT;
        }
        Span span = yaml.location(pointer).map(NodeLocation::value).orElse(null);
        if (node.has("denied")) {
            return new ToolList(Shape.ALLOW_DENY_MAP, listEntries(node.path("denied"), pointer + "/denied"), span);
        }
        if (allBooleans(node)) {
            return new ToolList(Shape.BOOLEAN_MAP, mapEntries(node, pointer, false), span);
        }
        return ToolList.ABSENT;
    }

    private static boolean allBooleans(JsonNode node) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!field.getValue().isBoolean()) {
                return false;
            }
        }
        return true;
    }

    private List<ToolEntry> listEntries(JsonNode array, String pointer) {
        List<ToolEntry> entries = new ArrayList<>();
        if (!array.isArray()) {
            return entries;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (item.isString() && !item.asString().isBlank()) {
                Span span = yaml.location(JsonPointer.child(pointer, i)).map(NodeLocation::value).orElse(null);
                entries.add(entry(item.asString().strip(), span));
            }
        }
        return entries;
    }

    private List<ToolEntry> mapEntries(JsonNode map, String pointer, boolean enabled) {
        List<ToolEntry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : map.properties()) {
            if (field.getValue().asBoolean() == enabled) {
                Span span = yaml.location(JsonPointer.child(pointer, field.getKey()))
                        .map(NodeLocation::keyOrValue).orElse(null);
                entries.add(new ToolEntry(field.getKey(), null, span));
            }
        }
        return entries;
    }

    private List<ToolEntry> splitString(String value, Span valueSpan) {
        int base = valueSpan == null ? -1 : baseOffset(value, valueSpan);
        List<ToolEntry> entries = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && (depth == 0 || i == value.length())) {
                addSplitEntry(value, start, i, base, valueSpan, entries);
                start = i + 1;
            }
        }
        return entries;
    }

    private void addSplitEntry(String value, int from, int to, int base, Span valueSpan, List<ToolEntry> entries) {
        String raw = value.substring(from, to);
        String text = raw.strip();
        if (text.isEmpty()) {
            return;
        }
        Span span = valueSpan;
        if (base >= 0) {
            int start = base + from + raw.indexOf(text);
            span = source.span(start, start + text.length());
        }
        entries.add(entry(text, span));
    }

    /** Where the string's first character is in the file, when the scalar is written on one line as is. */
    private int baseOffset(String value, Span valueSpan) {
        if (valueSpan.startLine() != valueSpan.endLine() && !valueSpan.end().equals(
                new dev.agentlint.model.Position(valueSpan.startLine() + 1, 1))) {
            return -1;
        }
        int lineStart = source.offset(valueSpan.start());
        int lineEnd = source.lineEnd(valueSpan.startLine());
        String written = source.text().substring(lineStart, lineEnd);
        int at = written.indexOf(value);
        return at < 0 ? -1 : lineStart + at;
    }

    private static ToolEntry entry(String text, Span span) {
        int open = text.indexOf('(');
        if (open > 0 && text.endsWith(")")) {
            return new ToolEntry(text.substring(0, open).strip(), text.substring(open + 1, text.length() - 1), span);
        }
        return new ToolEntry(text, null, span);
    }
}
