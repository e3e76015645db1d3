package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.agentlint.model.SourceText;
import dev.agentlint.parse.YamlDocument;
import dev.agentlint.parse.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates {@code action.yml} and {@code .github/workflows/*.yml} against JSON Schema Store's schemas for GitHub
 * Actions (vendored in {@code src/test/resources/github-schemas/}, see its NOTICE.md), so a mistake in them fails
 * here rather than on GitHub.
 */
class WorkflowSchemaTest {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();
    private static final String RESOURCES = "/github-schemas/";
    private static final String ACTION_SCHEMA = "https://json.schemastore.org/github-action.json";
    private static final String WORKFLOW_SCHEMA = "https://json.schemastore.org/github-workflow.json";
    /** Both schemas declare draft-07; {@link #schemasAreTheVendoredDraft07Copies()} keeps this choice honest. */
    private static final SpecificationVersion DIALECT = SpecificationVersion.DRAFT_7;
    private static final Map<String, String> FILES = Map.of(
            ACTION_SCHEMA, "github-action.json",
            WORKFLOW_SCHEMA, "github-workflow.json");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(DIALECT,
            builder -> builder.schemas(id -> FILES.containsKey(id) ? resource(FILES.get(id)) : null));

    @Test
    void actionYmlIsAValidAction() throws IOException {
        assertValid(ACTION_SCHEMA, REPO.resolve("action.yml"));
    }

    @Test
    void everyWorkflowIsAValidWorkflow() throws IOException {
        List<Path> workflows = workflows();
        assertTrue(workflows.stream().anyMatch(p -> p.endsWith("ci.yml")), workflows.toString());
        assertTrue(workflows.stream().anyMatch(p -> p.endsWith("agentlint-example.yml")), workflows.toString());
        for (Path workflow : workflows) {
            assertValid(WORKFLOW_SCHEMA, workflow);
        }
    }

    @Test
    void anActionWithAMisspeltKeyIsRejected() throws IOException {
        ObjectNode action = (ObjectNode) read(REPO.resolve("action.yml")).root();
        action.set("run", action.remove("runs"));
        List<Error> errors = validate(ACTION_SCHEMA, action);
        assertFalse(errors.isEmpty(), "an action whose \"runs\" is spelt \"run\" must not validate");
        String messages = messages(errors);
        assertTrue(messages.contains("runs") && messages.contains("run"), messages);
    }

    @Test
    void aWorkflowWithAMisspeltKeyIsRejected() throws IOException {
        ObjectNode workflow = (ObjectNode) read(REPO.resolve(".github/workflows/ci.yml")).root();
        ObjectNode job = (ObjectNode) workflow.path("jobs").path("test");
        job.set("run-on", job.remove("runs-on"));
        assertFalse(validate(WORKFLOW_SCHEMA, workflow).isEmpty(),
                "a job whose \"runs-on\" is spelt \"run-on\" must not validate");
    }

    /** What the schemas do not check: every run step of the action says its shell and gets inputs via env. */
    @Test
    void actionRunStepsHaveAShellAndTakeInputsOnlyThroughTheEnvironment() throws IOException {
        JsonNode action = read(REPO.resolve("action.yml")).root();
        assertEquals("composite", action.path("runs").path("using").asString());
        String text = Files.readString(REPO.resolve("action.yml"), StandardCharsets.UTF_8);
        for (JsonNode step : action.path("runs").path("steps")) {
            if (step.has("run")) {
                String name = step.path("name").asString(step.path("run").asString());
                assertEquals("bash", step.path("shell").asString(), name + ": shell");
                assertFalse(step.path("run").asString().contains("inputs."),
                        name + ": pass inputs through env:, never into the script");
            }
        }
        for (String input : action.path("inputs").propertyNames()) {
            assertTrue(Pattern.compile("inputs\\." + Pattern.quote(input) + "(?![\\w-])").matcher(text).find(),
                    "input " + input + " is never used");
        }
    }

    @Test
    void schemasAreTheVendoredDraft07Copies() throws IOException {
        String notice = resource("NOTICE.md");
        for (Map.Entry<String, String> schema : FILES.entrySet()) {
            String text = resource(schema.getValue());
            JsonNode document = JsonMapper.builder().build().readTree(text);
            assertEquals("http://json-schema.org/draft-07/schema#", document.path("$schema").asString(),
                    schema.getValue() + " changed dialect; change DIALECT to match");
            assertEquals(schema.getKey(), document.path("$id").asString());
            String sha256 = sha256(text);
            assertTrue(notice.contains(sha256), "NOTICE.md must give the SHA-256 of " + schema.getValue()
                    + " (" + sha256 + ")");
        }
    }

    private static void assertValid(String schemaId, Path file) throws IOException {
        YamlDocument document = read(file);
        assertTrue(document.error().isEmpty(), file + ": " + document.error());
        assertTrue(document.duplicateKeys().isEmpty(), file + ": duplicate keys " + document.duplicateKeys());
        assertNotNull(document.root(), file + " is empty");
        List<Error> errors = validate(schemaId, document.root());
        assertTrue(errors.isEmpty(), REPO.relativize(file) + " does not match " + schemaId + ":" + messages(errors));
    }

    private static List<Error> validate(String schemaId, JsonNode instance) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(schemaId));
        return schema.validate(instance);
    }

    private static String messages(List<Error> errors) {
        return errors.stream().limit(30).map(e -> "\n  " + e.getInstanceLocation() + ": " + e.getMessage())
                .collect(Collectors.joining());
    }

    private static YamlDocument read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return YamlReader.read(SourceText.of(text), text, 1);
    }

    private static List<Path> workflows() throws IOException {
        try (Stream<Path> files = Files.list(REPO.resolve(".github/workflows"))) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        }
    }

    private static String resource(String name) {
        try (InputStream in = WorkflowSchemaTest.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
