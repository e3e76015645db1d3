package dev.agentlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout of agentlint that the launcher started a daemon from, and the id of the build it started. */
record DaemonCheckout(Path home, String buildId) {

    /** Where each build of the jar writes its id, which the launcher names a daemon's state file after. */
    private static final String BUILD_ID_FILE = "target/agentlint.id";

    /**
     * Whether the checkout was built again (or cleaned) since: its launcher then looks for another daemon, so this
     * one would serve no one until it idled out.
     */
    boolean rebuilt() {
        try {
            return !Files.readString(home.resolve(BUILD_ID_FILE), StandardCharsets.US_ASCII).strip().equals(buildId);
        } catch (IOException e) {
            return true;
        }
    }
}
