package io.clinicflow.deploy;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The files of this repository checkout that the deployment is made of, as text or parsed YAML. */
final class Checkout {

    static final Path ROOT = findRoot();

    private Checkout() {
    }

    static Path file(String relativePath) {
        return ROOT.resolve(relativePath);
    }

    static String text(String relativePath) {
        try {
            return Files.readString(file(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + relativePath, e);
        }
    }

    static Map<String, Object> yaml(String relativePath) {
        return new Yaml().load(text(relativePath));
    }

    /** Surefire runs in the module directory; the repository root is the first parent with docker-compose.yml. */
    private static Path findRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docker-compose.yml")) && Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root with docker-compose.yml above " + Path.of("").toAbsolutePath());
    }
}
