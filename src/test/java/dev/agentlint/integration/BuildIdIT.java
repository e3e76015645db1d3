package dev.agentlint.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The id beside the jar ({@code target/agentlint.id}), on which the launcher keys its class cache and names its
 * daemon, is the id of the jar that is there: a build of the classes alone (a test run) does not write it.
 */
class BuildIdIT {

    private static final Path REPO = Path.of(System.getProperty("agentlint.repo", ".")).toAbsolutePath().normalize();
    /** What Maven's resource phase reads, and the wrapper that runs it. */
    private static final List<String> BUILD_INPUTS = List.of("pom.xml", "mvnw", ".mvn", "src/main/resources",
            "src/build", "rules", "schemas");

    @TempDir
    Path work;

    @Test
    void theIdBesideTheJarIsTheBuildTheJarSays() throws IOException {
        String besideTheJar = Files.readString(REPO.resolve("target/agentlint.id"), StandardCharsets.UTF_8).strip();
        try (JarFile jar = new JarFile(REPO.resolve("target/agentlint.jar").toFile());
                InputStream in = jar.getInputStream(jar.getEntry("dev/agentlint/version.properties"))) {
            Properties version = new Properties();
            version.load(in);
            assertEquals(version.getProperty("build"), besideTheJar);
        }
    }

    @Test
    void buildingTheResourcesAnewLeavesTheJarsIdAlone() throws Exception {
        Path project = work.resolve("project");
        for (String input : BUILD_INPUTS) {
            copy(REPO.resolve(input), project.resolve(input));
        }
        Path id = Files.createDirectories(project.resolve("target")).resolve("agentlint.id");
        Files.writeString(id, "20200101000000000\n", StandardCharsets.UTF_8);

        String output = maven(project, "process-resources");

        assertEquals("20200101000000000\n", Files.readString(id, StandardCharsets.UTF_8), output);
        Properties version = new Properties();
        version.load(new StringReader(Files.readString(
                project.resolve("target/classes/dev/agentlint/version.properties"), StandardCharsets.UTF_8)));
        assertTrue(version.getProperty("build", "").matches("\\d{17}"), () -> "a fresh build id: " + version);
        assertNotEquals("20200101000000000", version.getProperty("build"));
    }

    /** Runs the wrapper offline, on this JDK and the local repository this build used. */
    private String maven(Path project, String phase) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of("sh", "mvnw", "-B", "-q", "-o",
                "-Dmaven.repo.local=" + System.getProperty("agentlint.mavenRepo"), phase))
                .directory(project.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path log = work.resolve("maven.log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("Maven did not finish in five minutes");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
