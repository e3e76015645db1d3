package dev.agentlint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
