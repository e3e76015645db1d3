package dev.agentlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine;

/** The version and home page recorded at build time. */
final class Version implements CommandLine.IVersionProvider {

    private static final Properties PROPERTIES = load();

    static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /**
     * What identifies this build's code, for the result cache: results cached by other code are never used. Worked
     * out when first asked for, since only runs with a cache need it.
     */
    static String buildId() {
        return BuildIdHolder.ID;
    }

    private static final class BuildIdHolder {
        /** Without a recorded id, one of its own for this process. */
        static final String ID = version() + " " + BuildIdentity.of(codeLocation(),
                PROPERTIES.getProperty("build", "unknown " + java.util.UUID.randomUUID()));

        private static Path codeLocation() {
            try {
                return Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException | RuntimeException e) {
                return null;
            }
        }
    }

    static String informationUri() {
        return PROPERTIES.getProperty("informationUri", "");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"agentlint " + version()};
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/agentlint/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
