package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JVM options {@code bin/agentlint} starts Java with, by the JDK's feature version as its {@code release} file
 * gives it: compact object headers only where they are a product option (JDK 25 on), transparent huge pages
 * where Linux gives them, and a class cache trained without method profiles on JDK 25, whose replay slows short
 * runs.
 */
class LauncherJvmOptionsIT {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    @ParameterizedTest
    @CsvSource({"17.0.12, false", "21.0.4, false", "24, false", "25.0.3, true", "26-ea, true"})
    void compactObjectHeadersFromJdk25On(String version, boolean compact) throws Exception {
        List<String> arguments = launch(version, Map.of("AGENTLINT_NO_CACHE", "1"));
        assertEquals(compact, arguments.contains("-XX:+UseCompactObjectHeaders"), arguments::toString);
        assertTrue(arguments.containsAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar")),
                arguments::toString);
        assertEquals(List.of("check", "examples"), arguments.subList(arguments.size() - 2, arguments.size()),
                "agentlint's own arguments come last");
    }

    /** Asked for only where the kernel gives them on request: a JVM asked in vain prints a warning. */
    @ParameterizedTest
    @CsvSource({"17.0.12", "25.0.3"})
    void transparentHugePagesWhereLinuxGivesThemOnRequest(String version) throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        String mode = Files.isReadable(setting) ? Files.readString(setting, StandardCharsets.UTF_8) : "";
        boolean given = mode.contains("[madvise]") || mode.contains("[always]");
        List<String> arguments = launch(version, Map.of("AGENTLINT_NO_CACHE", "1"));
        assertEquals(given, arguments.contains("-XX:+UseTransparentHugePages"), () -> mode + " " + arguments);
    }

    @ParameterizedTest
    @CsvSource({"21.0.4, -XX:ArchiveClassesAtExit=, false", "24, -XX:AOTCacheOutput=, false",
        "25.0.3, -XX:AOTCacheOutput=, true", "26-ea, -XX:AOTCacheOutput=, false"})
    void theCacheIsTrainedWithoutMethodProfilesOnJdk25(String version, String output, boolean withoutProfiles)
            throws Exception {
        launch(version, Map.of("XDG_CACHE_HOME", work.resolve("cache").toString()));
        List<String> training = awaitTraining(version);
        assertTrue(training.stream().anyMatch(argument -> argument.startsWith(output)), training::toString);
        assertEquals(withoutProfiles, training.contains("-XX:-AOTRecordTraining"), training::toString);
        assertEquals(withoutProfiles, training.contains("-XX:+UnlockDiagnosticVMOptions"), training::toString);
    }

    /**
     * The arguments the launcher gives a stand-in {@code java} of a JDK that says it is {@code version}, for the run
     * itself; a training run of the class cache records its own.
     */
    private List<String> launch(String version, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path jdk = Files.createDirectories(work.resolve("jdk-" + version + "/bin"));
        Files.writeString(jdk.resolve("../release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n",
                StandardCharsets.UTF_8);
        Path recorded = work.resolve("arguments-" + version);
        Path java = Files.writeString(jdk.resolve("java"), """
                #!/bin/sh
                case " $* " in
                    *" -XX:AOTCacheOutput="* | *" -XX:ArchiveClassesAtExit="*) out='%1$s.training' ;;
                    *) out='%1$s' ;;
                esac
                printf '%%s\\n' "$@" > "$out.part" && mv "$out.part" "$out"
                """.formatted(recorded), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        ProcessBuilder builder = new ProcessBuilder("sh", REPO.resolve("bin/agentlint").toString(), "check", "examples")
                .directory(REPO.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("out").toFile());
        builder.environment().put("JAVA_HOME", jdk.getParent().toString());
        builder.environment().put("HOME", work.toString());
        builder.environment().remove("AGENTLINT_NO_CACHE");
        builder.environment().remove("AGENTLINT_JAVA_OPTS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        assertEquals(0, process.exitValue(), () -> read(work.resolve("out")));
        return Files.readAllLines(recorded, StandardCharsets.UTF_8);
    }

    /**
     * The arguments of the training run the launcher started in the background for a JDK of {@code version}, once
     * that run is over (its lock gone), so that nothing writes to the temporary directory while it is deleted.
     */
    private List<String> awaitTraining(String version) throws IOException, InterruptedException {
        Path training = work.resolve("arguments-" + version + ".training");
        Path caches = work.resolve("cache/agentlint");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!Files.exists(training) || locked(caches)) {
            assertTrue(Instant.now().isBefore(deadline), "no training run was started, or it did not end");
            Thread.sleep(50);
        }
        return Files.readAllLines(training, StandardCharsets.UTF_8);
    }

    private static boolean locked(Path caches) throws IOException {
        if (!Files.isDirectory(caches)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(caches)) {
            return entries.anyMatch(entry -> entry.getFileName().toString().endsWith(".lock"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
