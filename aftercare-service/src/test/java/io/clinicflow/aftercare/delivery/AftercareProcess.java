package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.AftercareServiceApplication;
import io.clinicflow.messaging.BusinessClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * aftercare-service as an operating-system process of its own, so a test can stop it abruptly (SIGKILL: no shutdown
 * hook, no rollback, no goodbye to Kafka) and start it again. Its output goes to a log file for diagnosis.
 */
final class AftercareProcess implements AutoCloseable {

    /** System property of the child: how far its business clock runs ahead of real time. */
    private static final String CLOCK_AHEAD = "clinicflow.test.clock-ahead";

    private final Process process;
    private final int port;
    private final Path log;

    private AftercareProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * The service with these Spring properties, its business clock {@code clockAhead} ahead of real time: a restart
     * that comes that much later in business time (db-scheduler revives executions whose heartbeat is older than 30 min).
     */
    static AftercareProcess start(Map<String, Object> properties, Duration clockAhead, Path log) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
                "-D" + CLOCK_AHEAD + "=" + clockAhead,
                "-cp", System.getProperty("java.class.path"),
                AftercareProcess.class.getName(),
                "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new AftercareProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start aftercare-service", e);
        }
    }

    /** The child's entry point: the real application, with the business clock set ahead. */
    public static void main(String[] args) {
        BusinessClock clock = BusinessClock.system();
        clock.advance(Duration.parse(System.getProperty(CLOCK_AHEAD)));
        AftercareServiceApplication.app()
                .initializers(context -> context.getBeanFactory().registerSingleton("businessClock", clock))
                .run(args);
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** SIGKILL: the process ends wherever it is, mid-transaction or mid-SMTP-conversation. */
    void kill() {
        process.destroyForcibly();
        awaitExit();
    }

    /** An orderly stop (its consumers leave their groups), forced if it takes too long. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    private void awaitExit() {
        try {
            process.waitFor(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
