package io.clinicflow.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Docker Compose command line of this machine: the {@code docker compose} plugin (v2) or the standalone
 * {@code docker-compose} (Debian's package). Neither needs a Docker engine to validate a file.
 */
record ComposeCli(List<String> command) {

    /** What a command printed and how it ended. */
    record Outcome(int exitCode, String output) {
    }

    static final ComposeCli PLUGIN = new ComposeCli(List.of("docker", "compose"));
    static final ComposeCli STANDALONE = new ComposeCli(List.of("docker-compose"));

    /** The first of plugin and standalone that answers {@code version}, if any. */
    static Optional<ComposeCli> find() {
        return Stream.of(PLUGIN, STANDALONE).filter(ComposeCli::works).findFirst();
    }

    boolean works() {
        try {
            return run(Path.of("."), Map.of(), "version").exitCode() == 0;
        } catch (IllegalStateException notInstalled) {
            return false;
        }
    }

    /** Runs the CLI in a directory with only PATH and HOME from this process, plus the given variables. */
    Outcome run(Path directory, Map<String, String> environment, String... arguments) {
        List<String> line = new ArrayList<>(command);
        line.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true);
        Map<String, String> processEnvironment = builder.environment();
        processEnvironment.keySet().retainAll(List.of("PATH", "HOME"));
        processEnvironment.putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", line) + " did not finish within 60 s");
            }
            return new Outcome(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", line) + " cannot run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return String.join(" ", command);
    }
}
