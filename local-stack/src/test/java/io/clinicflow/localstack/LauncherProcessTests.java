package io.clinicflow.localstack;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bin/local-stack} as a person runs it: the launcher in a JVM of its own, its console read as they read it, and
 * stopped as they stop it (Ctrl+C, SIGTERM) or as a crash does (SIGKILL). Runs in a test JVM of its own (see the
 * pom), after the in-process stack of the other tests has released the ports.
 */
@Tag("launcher-process")
class LauncherProcessTests {

    /** What a quiet console may print until the first status lines: start lines, the banner, a few status lines. */
    private static final int QUIET_CONSOLE_BOUND = 40;
    private static final Duration STOP_BOUND = ofSeconds(10);
    private static final Duration START_BOUND = ofMinutes(4);

    private final Path console = Path.of("target", "launcher-console.out");

    @BeforeEach
    void portsAreFree() {
        assumeTrue(StackPort.ALL.stream().allMatch(StackPort::isFree), "the local stack's ports are taken here");
    }

    @Test
    void printsOnlyStartLinesTheBannerAndStatusThenStopsInOrderOnSigterm() throws Exception {
        Process launcher = launch();
        await().atMost(START_BOUND).until(() -> printed().contains("One status line a minute follows"));
        await().atMost(ofSeconds(30)).until(() -> printed().contains("events/min"));
        ProcessHandle postgres = LeftoverDatabase.serverIn(LeftoverDatabase.DATA_DIRECTORY).orElseThrow();
        List<String> beforeStop = printed().lines().toList();

        long stopping = System.nanoTime();
        launcher.destroy();                                          // SIGTERM, as Ctrl+C's SIGINT is handled
        boolean stopped = launcher.waitFor(STOP_BOUND.toMillis(), TimeUnit.MILLISECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - stopping);
        if (!stopped) {
            launcher.destroyForcibly();
        }
        String afterStop = printed().substring(String.join("\n", beforeStop).length());
        System.out.printf("Console: %d lines until stopped; stop took %d ms%n", beforeStop.size(), took.toMillis());

        assertThat(stopped).as("stopped within %s; it printed:%n%s", STOP_BOUND, printed()).isTrue();
        assertThat(launcher.exitValue()).isZero();
        assertThat(beforeStop).as(printed()).hasSizeLessThan(QUIET_CONSOLE_BOUND)
                .anyMatch(line -> line.startsWith("ClinicFlow local stack ready in"))
                .anyMatch(line -> line.contains("started booking-service"));
        assertThat(afterStop).as("took %s", took).contains("Stopped in").doesNotContain("ERROR");
        assertThat(Files.readString(StackLog.FILE)).as("the broker kept its log directory")
                .doesNotContain("Shutdown broker because all log dirs").doesNotContain("Error while writing to checkpoint file");
        await().atMost(ofSeconds(5)).until(() -> !postgres.isAlive());
        assertThat(StackPort.ALL).allMatch(StackPort::isFree);
    }

    @Test
    void aLaunchAfterAKilledOneStopsThePostgresItLeftBehind() throws Exception {
        Process launcher = launch();
        await().atMost(START_BOUND).until(() -> printed().contains("started Kafka, PostgreSQL, SMTP"));
        ProcessHandle postgres = LeftoverDatabase.serverIn(LeftoverDatabase.DATA_DIRECTORY).orElseThrow();

        launcher.destroyForcibly();                                  // SIGKILL: no hook, no handler runs
        launcher.waitFor();
        assertThat(postgres.isAlive()).as("PostgreSQL runs detached, so it outlives a killed launcher").isTrue();

        LeftoverDatabase.stopIfAny(LeftoverDatabase.DATA_DIRECTORY); // what the next launch does first

        assertThat(postgres.isAlive()).isFalse();
        assertThat(LeftoverDatabase.DATA_DIRECTORY).doesNotExist();
        assertThat(StackPort.POSTGRESQL.isFree()).isTrue();
    }

    private Process launch() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-D" + StackStatus.INTERVAL + "=PT5S", LocalStack.class.getName())
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
    }

    private String printed() {
        try {
            return Files.readString(console);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
