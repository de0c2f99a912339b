package io.clinicflow.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One ClinicFlow service as its own OS process: {@code java -jar <service>-exec.jar} with properties that point it at
 * the suite's broker, database and SMTP server. Killed with SIGKILL or SIGTERM and started again on the same port.
 */
final class ServiceProcess {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, Object> properties;
    private final Path log;
    private Process process;

    ServiceProcess(String name, Path jar, int port, Map<String, Object> properties, Path log) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.properties = properties;
        this.log = log;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    ClinicApi api() {
        return new ClinicApi(port);
    }

    synchronized void start() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until the readiness probe answers 200 (database and broker reachable, listeners running). */
    void awaitReady() {
        Waiting.until(name + " ready", READY_WITHIN, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": see " + log);
            }
            try {
                return api().get("/actuator/health/readiness").status() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
    }

    /** SIGKILL: no shutdown hook, no flush, no offset commit. */
    synchronized void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM: Spring's graceful shutdown runs; returns the exit code. */
    synchronized int terminate() {
        process.destroy();
        awaitExit(Duration.ofSeconds(90));
        return process.exitValue();
    }

    private void awaitExit(Duration within) {
        try {
            if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " did not exit within " + within);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping " + name, e);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
