package dev.agentlint.agent;

import dev.agentlint.model.Format;
import dev.agentlint.model.SourceText;
import dev.agentlint.parse.JsonPointer;
import dev.agentlint.parse.YamlDocument;
import dev.agentlint.parse.YamlDocument.NodeLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** Maps one format's front matter onto the common {@link Agent} model. */
public final class AgentMapper {

    private final YamlDocument yaml;
    private final ToolListReader tools;

    private AgentMapper(SourceText source, YamlDocument yaml) {
        this.yaml = yaml;
        this.tools = new ToolListReader(source, yaml);
    }

    public static Agent map(Format format, SourceText source, YamlDocument yaml, String fileName) {
        return new AgentMapper(source, yaml).map(format, fileName);
    }

    private Agent map(Format format, String fileName) {
        ToolList granted = tools.read("/tools");
        ToolList denied = switch (format) {
            case CLAUDE_CODE, CLAUDE_CODE_PLUGIN -> tools.read("/disallowedTools");
            case OPENCODE -> tools.readDenied("/tools");
            default -> ToolList.ABSENT;
        };
        ToolList declaredDenied = granted.shape() == ToolList.Shape.ALLOW_DENY_MAP
                ? tools.readDenied("/tools") : ToolList.ABSENT;
        return new Agent(format, name(format, fileName), string("/description"), model(), string("/color"),
                string(format.isClaude() ? "/permissionMode" : "/permission"), granted, denied, declaredDenied,
                references(format, granted));
    }

    private Optional<Located> name(Format format, String fileName) {
        Optional<Located> written = string("/name");
        if (written.isPresent() || format.isClaude() || format == Format.GEMINI_CLI || format == Format.CURSOR) {
            return written;
        }
        String base = AgentFile.nameFromFileName(fileName);
        return Optional.of(new Located(base, null));
    }

    private Optional<Located> model() {
        JsonNode model = at("/model");
        if (model.isArray() && !model.isEmpty()) {
            return string("/model/0");
        }
        return string("/model");
    }

    private Optional<Located> string(String pointer) {
        JsonNode node = at(pointer);
        if (!node.isString()) {
            return Optional.empty();
        }
        return Optional.of(new Located(node.asString(), yaml.location(pointer).map(NodeLocation::value).orElse(null)));
    }

    private JsonNode at(String pointer) {
        return yaml.root() == null ? MissingNode.getInstance() : yaml.root().at(pointer);
    }

    private List<AgentReference> references(Format format, ToolList granted) {
        List<AgentReference> references = new ArrayList<>();
        if (format.isClaude()) {
            for (ToolEntry entry : granted.entries()) {
                if ((entry.name().equals("Agent") || entry.name().equals("Task")) && entry.specifier() != null) {
                    for (String target : entry.specifier().split(",")) {
                        if (!target.isBlank()) {
                            references.add(new AgentReference(target.strip(), entry.span(), entry.name() + "(...)"));
                        }
                    }
                }
            }
        }
        if (format.isCopilot()) {
            JsonNode handoffs = at("/handoffs");
            for (int i = 0; handoffs.isArray() && i < handoffs.size(); i++) {
                String pointer = JsonPointer.child(JsonPointer.child("/handoffs", i), "agent");
                string(pointer).ifPresent(agent -> references.add(
                        new AgentReference(agent.value(), agent.span(), "handoffs")));
            }
            JsonNode agents = at("/agents");
            for (int i = 0; agents.isArray() && i < agents.size(); i++) {
                string(JsonPointer.child("/agents", i)).filter(a -> !a.value().equals("*")).ifPresent(agent ->
                        references.add(new AgentReference(agent.value(), agent.span(), "agents")));
            }
        }
        return references;
    }
}
