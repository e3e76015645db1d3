package dev.agentlint.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** agentlint's JSON Schemas, read from the classpath once and compiled on first use. */
public final class SchemaSet {

    public static final String ID_PREFIX = "https://agentlint.dev/schemas/";
    private static final String RESOURCE_DIR = "/dev/agentlint/schemas/";
    private static final List<String> FILES = List.of("claude-code", "claude-code-plugin", "copilot-agent",
            "vscode-chatmode", "opencode", "gemini-cli", "cursor", "config", "rule");

    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private volatile SchemaRegistry registry;

    /** Validates a JSON tree against the schema {@code name} (a file name without {@code .schema.json}). */
    public List<Error> validate(String name, JsonNode instance) {
        return schema(name).validate(instance);
    }

    /** The schema document itself, for reading annotations such as {@code x-expected}. */
    public JsonNode document(String name) {
        return documents.computeIfAbsent(name, n -> DocumentReader.MAPPER.readTree(text(n)));
    }

    private Schema schema(String name) {
        return compiled.computeIfAbsent(name, n -> registry().getSchema(SchemaLocation.of(id(n))));
    }

    private SchemaRegistry registry() {
        SchemaRegistry current = registry;
        if (current == null) {
            synchronized (this) {
                if (registry == null) {
                    registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                            builder -> builder.schemas(id -> id.startsWith(ID_PREFIX)
                                    ? text(id.substring(ID_PREFIX.length()).replace(".schema.json", ""))
                                    : null));
                }
                current = registry;
            }
        }
        return current;
    }

    /** Made when a schema document is first read, which most runs never do. */
    private static final class DocumentReader {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private static String id(String name) {
        return ID_PREFIX + name + ".schema.json";
    }

    private String text(String name) {
        if (!FILES.contains(name)) {
            return null;
        }
        return texts.computeIfAbsent(name, n -> {
            try (InputStream in = SchemaSet.class.getResourceAsStream(RESOURCE_DIR + n + ".schema.json")) {
                if (in == null) {
                    throw new IllegalStateException("missing schema " + n);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
