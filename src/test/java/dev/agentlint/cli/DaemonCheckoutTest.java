package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonCheckoutTest {

    @TempDir
    Path home;

    @Test
    void aCheckoutIsRebuiltWhenItsBuildIdChangesOrIsGone() throws IOException {
        Path idFile = Files.createDirectories(home.resolve("target")).resolve("agentlint.id");
        Files.writeString(idFile, "20261207010807788\n");
        DaemonCheckout checkout = new DaemonCheckout(home, "20261207010807788");
        assertFalse(checkout.rebuilt());
        Files.writeString(idFile, "20261207011532108\n");
        assertTrue(checkout.rebuilt());
        Files.delete(idFile);
        assertTrue(checkout.rebuilt(), "cleaned");
    }

    @Test
    void theTrainingRunLintsTheExamplesAndEveryFixtureInOrder() throws IOException {
        Files.createDirectories(home.resolve("examples"));
        for (String fixture : new String[] {"unknown-tool/b.md", "unknown-tool/notes.txt", "empty-body/a.md"}) {
            Path file = home.resolve("fixtures").resolve(fixture);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\nname: x\n---\n");
        }
        assertArrayEquals(new String[] {"check", "--fail-on", "never", "--no-color", "--root", "examples", "examples",
            "fixtures/empty-body/a.md", "fixtures/unknown-tool/b.md"},
                new DaemonCheckout(home, "1").trainingRun().orElseThrow());
    }

    @Test
    void aCheckoutWithoutExamplesHasNoTrainingRun() throws IOException {
        assertEquals(Optional.empty(), new DaemonCheckout(home, "1").trainingRun());
    }
}
