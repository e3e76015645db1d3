package dev.agentlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version and home page recorded at build time. */
final class Version implements CommandLine.IVersionProvider {

    private static final Properties PROPERTIES = load();

    static String version() {
        return PROPERTIES.getProperty("version", "unknown");
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
