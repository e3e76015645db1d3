package dev.agentlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a SARIF document against the OASIS SARIF 2.1.0 (errata 01) schema and against what GitHub code scanning
 * requires beyond the schema, so that every test producing SARIF also proves the upload would be accepted.
 */
public final class SarifValidation {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String SCHEMA_RESOURCE = "/sarif/sarif-schema-2.1.0.json";
    private static final long MAX_GZIP_BYTES = 10L * 1000 * 1000;
    private static final int MAX_RESULTS = 25_000;
    private static final int MAX_RULES = 25_000;
    private static final int MAX_LOCATIONS = 1_000;
    private static final int MAX_TAGS = 20;
    private static final int MAX_DESCRIPTION = 1024;
    private static final int MAX_NAME = 255;
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static volatile Schema schema;

    private SarifValidation() {
    }

    /** Fails with every problem found when {@code json} is not valid SARIF or would not pass GitHub's checks. */
    public static void assertValidSarif(String json) {
        List<Error> errors = schema().validate(json, InputFormat.JSON);
        if (!errors.isEmpty()) {
            StringBuilder message = new StringBuilder("SARIF breaks the OASIS 2.1.0 schema:");
            errors.stream().limit(20).forEach(e -> message.append("\n  ").append(e.getInstanceLocation())
                    .append(": ").append(e.getMessage()));
            fail(message.toString());
        }
        assertGithubLimits(json, MAPPER.readTree(json));
    }

    private static void assertGithubLimits(String json, JsonNode root) {
        assertTrue(gzipSize(json) <= MAX_GZIP_BYTES, "gzipped SARIF must be at most 10 MB");
        assertEquals("2.1.0", root.path("version").asString(), "version");
        assertFalse(root.path("$schema").asString("").isBlank(), "$schema must be present");
        JsonNode runs = root.path("runs");
        assertTrue(runs.isArray(), "runs must be an array");
        assertEquals(1, runs.size(), "agentlint writes exactly one run");
        Set<String> runKeys = new HashSet<>();
        for (JsonNode run : runs) {
            JsonNode driver = run.path("tool").path("driver");
            String key = driver.path("name").asString("") + "|" + run.path("automationDetails").path("id").asString("");
            assertTrue(runKeys.add(key), "two runs share tool and category " + key);
            assertRun(run, driver);
        }
    }

    private static void assertRun(JsonNode run, JsonNode driver) {
        assertFalse(driver.path("name").asString("").isBlank(), "tool.driver.name");
        JsonNode rules = driver.path("rules");
        assertTrue(rules.isArray(), "tool.driver.rules must be present");
        assertTrue(rules.size() <= MAX_RULES, "at most 25,000 rules");
        Set<String> ruleIds = new HashSet<>();
        for (JsonNode rule : rules) {
            String id = rule.path("id").asString("");
            assertFalse(id.isBlank(), "rule id");
            assertTrue(ruleIds.add(id), "duplicate rule id " + id);
            assertText(rule.path("shortDescription").path("text"), MAX_DESCRIPTION, id + " shortDescription");
            assertText(rule.path("fullDescription").path("text"), MAX_DESCRIPTION, id + " fullDescription");
            assertText(rule.path("help").path("text"), Integer.MAX_VALUE, id + " help.text");
            if (rule.has("name")) {
                assertText(rule.path("name"), MAX_NAME, id + " name");
            }
            JsonNode properties = rule.path("properties");
            assertTrue(properties.path("tags").size() <= MAX_TAGS, id + " has more than 20 tags");
            if (properties.has("security-severity")) {
                String severity = properties.path("security-severity").asString("");
                assertTrue(NUMBER.matcher(severity).matches() && Double.parseDouble(severity) <= 10.0,
                        id + " security-severity must be a number from 0 to 10: " + severity);
            }
        }

        JsonNode results = run.path("results");
        assertTrue(results.isArray(), "results must be present, even when empty");
        assertTrue(results.size() <= MAX_RESULTS, "at most 25,000 results per run");
        if (!results.isEmpty()) {
            assertFalse(run.path("columnKind").asString("").isBlank(), "columnKind is required with results");
        }
        for (JsonNode result : results) {
            String ruleId = result.path("ruleId").asString("");
            if (result.has("ruleIndex")) {
                int index = result.path("ruleIndex").asInt();
                assertTrue(index >= 0 && index < rules.size(), "ruleIndex out of range: " + index);
                assertEquals(rules.get(index).path("id").asString(), ruleId, "ruleIndex must point at ruleId");
            }
            assertText(result.path("message").path("text"), Integer.MAX_VALUE, ruleId + " message.text");
            JsonNode locations = result.path("locations");
            assertTrue(locations.size() >= 1 && locations.size() <= MAX_LOCATIONS, "1 to 1,000 locations");
            assertTrue(result.path("relatedLocations").size() <= MAX_LOCATIONS, "at most 1,000 related locations");
            for (JsonNode location : locations) {
                assertFileLocation(location.path("physicalLocation"), ruleId);
            }
            for (JsonNode location : result.path("relatedLocations")) {
                assertFileLocation(location.path("physicalLocation"), ruleId + " related");
            }
        }
    }

    private static void assertFileLocation(JsonNode physical, String what) {
        String uri = physical.path("artifactLocation").path("uri").asString("");
        assertFalse(uri.isBlank(), what + ": location needs a uri");
        try {
            URI parsed = new URI(uri);
            assertTrue(parsed.getScheme() == null, what + ": uri must be relative, without scheme: " + uri);
        } catch (URISyntaxException e) {
            fail(what + ": uri is not a valid URI reference: " + uri);
        }
        assertFalse(uri.startsWith("/"), what + ": uri must be relative to the repository root: " + uri);
        assertTrue(physical.path("region").path("startLine").asInt(0) >= 1, what + ": region.startLine >= 1");
    }

    private static void assertText(JsonNode node, int max, String what) {
        assertTrue(node.isString(), what + " must be present");
        String text = node.asString();
        assertFalse(text.isBlank(), what + " must not be empty");
        assertTrue(text.length() <= max, what + " is longer than " + max);
    }

    private static long gzipSize(String json) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.size();
    }

    private static Schema schema() {
        Schema current = schema;
        if (current == null) {
            synchronized (SarifValidation.class) {
                if (schema == null) {
                    try (InputStream in = SarifValidation.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("missing test resource " + SCHEMA_RESOURCE);
                        }
                        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
                        schema = registry.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                                InputFormat.JSON);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                current = schema;
            }
        }
        return current;
    }
}
