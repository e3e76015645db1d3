package dev.agentlint.data;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The data files agentlint ships (lexicons, vocabularies, rule data and metadata), written and reviewed as YAML.
 * The build also stores each one as a {@linkplain CompactTree compact tree} beside it ({@code name.yaml.tree}),
 * which reads in a fraction of the time: at start-up the YAML parser runs interpreted, and a one-file run (a
 * pre-commit hook) spent about 40 ms parsing the data it needs. Classes run without the build step (from an IDE)
 * read the YAML itself.
 */
public final class BundledData {

    static final String TREE_SUFFIX = ".tree";

    private BundledData() {
    }

    /**
     * The data of a YAML file on the classpath, by its absolute resource name, as the YAML loader gives it; a
     * missing file is a build error, not a user error.
     */
    public static Object load(String resource) {
        try (InputStream tree = BundledData.class.getResourceAsStream(resource + TREE_SUFFIX)) {
            if (tree != null) {
                return CompactTree.read(tree.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream yaml = BundledData.class.getResourceAsStream(resource)) {
            if (yaml == null) {
                throw new IllegalStateException("missing data file " + resource);
            }
            return parse(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object parse(InputStream yaml) {
        return new Load(LoadSettings.builder().build()).loadFromInputStream(yaml);
    }

    /** The build step: writes the compact tree of every YAML file under a class directory, beside it. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledData CLASS_DIRECTORY");
        }
        for (Path yaml : yamlFiles(Path.of(args[0]))) {
            Object data;
            try (InputStream in = Files.newInputStream(yaml)) {
                data = parse(in);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                CompactTree.write(data, out);
            }
            Files.write(yaml.resolveSibling(yaml.getFileName() + TREE_SUFFIX), bytes.toByteArray());
        }
    }

    static List<Path> yamlFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
