package dev.agentlint.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledDataTest {

    @Test
    void everyDataFileHasACompactTreeThatReadsAsItsYaml() throws IOException, URISyntaxException {
        Path classes = Path.of(BundledData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> yamlFiles = BundledData.yamlFiles(classes.resolve("dev/agentlint"));
        assertTrue(yamlFiles.size() > 30, "data files found: " + yamlFiles);
        for (Path yaml : yamlFiles) {
            Path tree = yaml.resolveSibling(yaml.getFileName() + BundledData.TREE_SUFFIX);
            assertTrue(Files.exists(tree), "the build wrote no compact tree for " + yaml + " (./mvnw process-classes)");
            Object parsed;
            try (InputStream in = Files.newInputStream(yaml)) {
                parsed = BundledData.parse(in);
            }
            Object compact = CompactTree.read(Files.readAllBytes(tree));
            assertEquals(CompactTreeTest.shape(parsed), CompactTreeTest.shape(compact),
                    yaml + ": its compact tree is out of date; the build writes it (./mvnw process-classes)");
            String resource = "/" + classes.relativize(yaml).toString().replace('\\', '/');
            assertEquals(CompactTreeTest.shape(parsed), CompactTreeTest.shape(BundledData.load(resource)), resource);
        }
    }

    @Test
    void aMissingDataFileIsABuildError() {
        IllegalStateException missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> BundledData.load("/dev/agentlint/text/no-such-lexicon.yaml"));
        assertEquals("missing data file /dev/agentlint/text/no-such-lexicon.yaml", missing.getMessage());
    }
}
