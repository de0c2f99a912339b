package io.clinicflow.faults;

import io.clinicflow.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A single KRaft broker (combined broker and controller) in its own JVM, run from the Kafka jars of Maven Central on
 * this module's class path: storage formatted once, then {@code kafka.Kafka server.properties}. SIGKILL and start
 * again keep its log directory, as a crashed broker would.
 */
final class KafkaBroker {

    static final int PARTITIONS = 3;

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private Process process;

    KafkaBroker(Path directory, int port, int controllerPort) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Formats the storage, starts the broker and creates every ClinicFlow topic and dead-letter topic. */
    void install() {
        writeProperties();
        Process format = launch("format", List.of("kafka.tools.StorageTool", "format", "-t",
                Uuid.randomUuid().toString(), "-c", properties().toString()));
        try {
            if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
                throw new IllegalStateException("Formatting the broker storage failed: see " + log("format"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        start();
        try (Admin admin = admin()) {
            admin.createTopics(Topics.all().stream().map(topic -> new NewTopic(topic, PARTITIONS, (short) 1)).toList())
                    .all().get(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create the topics", e);
        }
    }

    synchronized void start() {
        process = launch("broker", List.of("kafka.Kafka", properties().toString()));
        Waiting.until("the broker", Duration.ofMinutes(2), this::answers);
    }

    /** SIGKILL: unflushed log segments are recovered on the next start. */
    synchronized void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    synchronized void stop() {
        process.destroy();
        try {
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
    }

    private boolean answers() {
        if (!process.isAlive()) {
            throw new IllegalStateException("The broker exited with " + process.exitValue() + ": see " + log("broker"));
        }
        try (Admin admin = admin()) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    private Process launch(String what, List<String> mainAndArguments) {
        List<String> command = new ArrayList<>(List.of(ServiceProcess.javaExecutable(), "-Xmx512m",
                "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(what).toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch the broker's " + what, e);
        }
    }

    private void writeProperties() {
        String quorum = "localhost:" + controllerPort;
        try {
            Files.createDirectories(directory);
            Files.writeString(properties(), String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@" + quorum,
                    "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://" + quorum,
                    "advertised.listeners=PLAINTEXT://localhost:" + port,
                    "controller.listener.names=CONTROLLER",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + directory.resolve("data"),
                    "auto.create.topics.enable=false",
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=" + PARTITIONS,
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "share.coordinator.state.topic.replication.factor=1",
                    "group.initial.rebalance.delay.ms=0", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path properties() {
        return directory.resolve("server.properties");
    }

    private Path log(String what) {
        return directory.resolve(what + ".log");
    }
}
