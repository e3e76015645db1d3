package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.agentlint.model.SourceText;
import dev.agentlint.parse.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the script of the action's lint step with bash, as the runner would, with the environment its {@code env:}
 * block gives it: the outputs it records, the SARIF it writes and the exit code it passes on.
 */
class ActionScriptIT {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();
    private static String script;
    /** The values the step's {@code env:} block gives literally, not through an expression of the workflow. */
    private static final Map<String, String> literalEnv = new LinkedHashMap<>();

    @TempDir
    Path work;

    @BeforeAll
    static void readTheLintStep() throws IOException {
        String text = Files.readString(REPO.resolve("action.yml"), StandardCharsets.UTF_8);
        JsonNode action = YamlReader.read(SourceText.of(text), text, 1).root();
        for (JsonNode step : action.path("runs").path("steps")) {
            if (step.path("id").asString("").equals("lint")) {
                script = step.path("run").asString();
                assertEquals("bash", step.path("shell").asString());
                for (String name : new String[] {"PATHS", "CONFIG", "CATEGORY", "FAIL_ON", "SARIF_FILE",
                    "CACHE_FILE"}) {
                    assertTrue(step.path("env").has(name), "the lint step's env lacks " + name);
                }
                step.path("env").properties().forEach(entry -> {
                    if (!entry.getValue().asString().contains("${{")) {
                        literalEnv.put(entry.getKey(), entry.getValue().asString());
                    }
                });
            }
        }
        assertTrue(script != null, "action.yml has no step with id lint");
    }

    @Test
    void findingsAtTheThresholdAreRecordedAsExitCodeOneWithTheSarifWritten() throws IOException {
        Step step = runStep("examples", "", "error");
        assertEquals(0, step.exitCode(), "the step itself succeeds so that the upload can run:\n" + step.log());
        assertEquals("1", step.outputs().get("exit-code"), step.log());
        assertEquals("true", step.outputs().get("sarif-written"), step.log());
        JsonNode sarif = JsonMapper.builder().build().readTree(Files.readString(work.resolve("agentlint.sarif")));
        JsonNode run = sarif.path("runs").get(0);
        assertTrue(run.path("automationDetails").path("id").asString().startsWith("agentlint-test/"),
                "the category input reaches the SARIF run: " + run.path("automationDetails"));
        assertEquals(4, run.path("results").size(), sarif.toString());
        assertEquals("examples/.claude/agents/test-runner.md", run.path("results").get(0).path("locations").get(0)
                .path("physicalLocation").path("artifactLocation").path("uri").asString());
    }

    @Test
    void withTheCacheTheStepWritesItAndReportsTheSame() throws IOException {
        Path cache = work.resolve("agentlint-results");
        Step first = runStep("examples", "", "error", cache.toString());
        String firstSarif = Files.readString(work.resolve("agentlint.sarif"));
        Step second = runStep("examples", "", "error", cache.toString());

        assertTrue(Files.size(cache) > 0, first.log());
        assertEquals(List.of("1", "1"), List.of(first.outputs().get("exit-code"), second.outputs().get("exit-code")),
                second.log());
        assertEquals(firstSarif, Files.readString(work.resolve("agentlint.sarif")));
    }

    @Test
    void failOnNeverAndSeveralPathsGiveExitCodeZero() throws IOException {
        Step step = runStep("examples/.github\n  examples/.claude/agents/code-reviewer.md", "", "never");
        assertEquals("0", step.outputs().get("exit-code"), step.log());
        JsonNode sarif = JsonMapper.builder().build().readTree(Files.readString(work.resolve("agentlint.sarif")));
        assertEquals(1, sarif.path("runs").get(0).path("results").size(), "only the docs-writer info:\n" + sarif);
    }

    @Test
    void aUsageErrorIsPassedOnAndNothingIsUploaded() throws IOException {
        Step step = runStep("examples", "no-such-config.yaml", "error");
        assertEquals("2", step.outputs().get("exit-code"), step.log());
        assertFalse(step.outputs().containsKey("sarif-written"), step.log());
        assertTrue(step.log().contains("::warning title=agentlint::no SARIF report was written (exit code 2)"),
                step.log());
    }

    /** The runner is thrown away after the job: a class cache made there would never be used. */
    @Test
    void theStepMakesNoClassCache() throws IOException {
        Step step = runStep("examples", "", "never");
        assertEquals("0", step.outputs().get("exit-code"), step.log());
        assertFalse(Files.exists(work.resolve("cache-home/agentlint")), "a class cache or its training's lock");
    }

    private record Step(int exitCode, Map<String, String> outputs, String log) {
    }

    private Step runStep(String paths, String config, String failOn) throws IOException {
        return runStep(paths, config, failOn, "");
    }

    private Step runStep(String paths, String config, String failOn, String cacheFile) throws IOException {
        Path outputFile = work.resolve("github-output");
        Path log = work.resolve("log");
        Files.deleteIfExists(outputFile);
        ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script)
                .directory(REPO.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("GITHUB_OUTPUT", outputFile.toString());
        env.put("ACTION_PATH", REPO.toString());
        env.put("PATHS", paths);
        env.put("CONFIG", config);
        env.put("CATEGORY", "agentlint-test");
        env.put("FAIL_ON", failOn);
        env.put("SARIF_FILE", work.resolve("agentlint.sarif").toString());
        env.put("CACHE_FILE", cacheFile);
        env.remove("AGENTLINT_NO_CACHE");
        env.putAll(literalEnv);
        env.put("XDG_CACHE_HOME", work.resolve("cache-home").toString());
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            // The launcher builds the jar first when it is missing.
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("the lint step did not finish:\n" + Files.readString(log));
            }
            Map<String, String> outputs = new LinkedHashMap<>();
            if (Files.exists(outputFile)) {
                for (String line : Files.readAllLines(outputFile)) {
                    int eq = line.indexOf('=');
                    outputs.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return new Step(process.exitValue(), outputs, Files.readString(log));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
