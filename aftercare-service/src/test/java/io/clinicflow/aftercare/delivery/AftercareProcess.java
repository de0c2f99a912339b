package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.AftercareServiceApplication;
import io.clinicflow.messaging.BusinessClock;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * aftercare-service as an operating-system process of its own, so a test can stop it abruptly (SIGKILL: no shutdown
 * hook, no rollback, no goodbye to Kafka) and start it again. Its output goes to a log file for diagnosis. Its business
 * clock is its own (this JVM's shared clock cannot reach it): set ahead of real time at start, moved on through its
 * standard input.
 */
final class AftercareProcess implements AutoCloseable {

    /** System property of the child: how far its business clock runs ahead of real time. */
    private static final String CLOCK_AHEAD = "clinicflow.test.clock-ahead";

    private final Process process;
    private final int port;
    private final Path log;
    private Duration clockAhead;

    private AftercareProcess(Process process, int port, Path log, Duration clockAhead) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.clockAhead = clockAhead;
    }

    /**
     * The service with these Spring properties, its business clock {@code clockAhead} ahead of real time: a restart
     * that comes that much later in business time (db-scheduler revives executions after 4 missed 5-s heartbeats).
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
            return new AftercareProcess(process, port, log, clockAhead);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start aftercare-service", e);
        }
    }

    /** The child's entry point: the real application, its business clock set ahead and moved on as told. */
    public static void main(String[] args) {
        BusinessClock clock = BusinessClock.system();
        clock.advance(Duration.parse(System.getProperty(CLOCK_AHEAD)));
        Thread.ofPlatform().daemon().name("business-clock-input").start(() -> advanceAsTold(clock));
        AftercareServiceApplication.app()
                .initializers(context -> context.getBeanFactory().registerSingleton("businessClock", clock))
                .run(args);
    }

    /** Each line of standard input is a duration to jump the clock forward by, until the parent goes away. */
    private static void advanceAsTold(BusinessClock clock) {
        new BufferedReader(new InputStreamReader(System.in)).lines().map(Duration::parse).forEach(clock::advance);
    }

    /** Jumps the running service's business time forward: the steps that fall due in between run at once. */
    void advanceClock(Duration duration) {
        try {
            BufferedWriter input = process.outputWriter();
            input.write(duration.toString());
            input.newLine();
            input.flush();
            clockAhead = clockAhead.plus(duration);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move aftercare-service's clock", e);
        }
    }

    /** How far the service's business time is ahead of real time: where a restart would carry on from. */
    Duration clockAhead() {
        return clockAhead;
    }

    /**
     * Waits (bounded) until the service takes HTTP connections: its web server starts just before its scheduler, so
     * nothing is sent before. Polls slowly, leaving the CPU to the starting JVM.
     */
    void awaitListening(Duration patience) {
        await().atMost(patience).pollInterval(Duration.ofMillis(250)).until(() -> listening() || !isAlive());
        assertThat(isAlive()).as("aftercare-service started, see %s", log).isTrue();
    }

    private boolean listening() {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
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
