package io.clinicflow.deploy;

import io.clinicflow.events.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs deploy/kafka/create-topics.sh against stand-ins for Kafka's admin tools that write down how they were called,
 * and compares what it creates with the {@link Topics} registry and ADR 0014.
 */
class TopicInitTests {

    static final String SCRIPT = "deploy/kafka/create-topics.sh";
    private static final long EVENT_RETENTION_MS = Duration.ofDays(30).toMillis();
    private static final long DEAD_LETTER_RETENTION_MS = Duration.ofDays(90).toMillis();

    /** One call of an admin tool: its name and the value of each option (the last one for repeated options). */
    record Call(String tool, Map<String, String> options, List<String> configs) {
        static Call parse(String line) {
            List<String> words = Arrays.asList(line.trim().split("\\s+"));
            Map<String, String> options = new HashMap<>();
            List<String> configs = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) {
                String word = words.get(i);
                String next = i + 1 < words.size() && !words.get(i + 1).startsWith("--") ? words.get(++i) : "";
                if (word.equals("--config") || word.equals("--add-config")) {
                    configs.addAll(Arrays.asList(next.split(",")));
                } else {
                    options.put(word, next);
                }
            }
            return new Call(words.getFirst(), options, configs);
        }
    }

    private static List<Call> calls;

    @BeforeAll
    static void runScript(@TempDir Path kafkaHome) throws IOException, InterruptedException {
        Path log = kafkaHome.resolve("calls.log");
        Files.createDirectories(kafkaHome.resolve("bin"));
        for (String tool : List.of("kafka-topics.sh", "kafka-configs.sh")) {
            Path stub = kafkaHome.resolve("bin").resolve(tool);
            Files.writeString(stub, "#!/bin/sh\necho \"" + tool + " $*\" >> '" + log + "'\n");
            Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        ProcessBuilder script = new ProcessBuilder("sh", Checkout.file(SCRIPT).toString()).redirectErrorStream(true);
        script.environment().put("KAFKA_HOME", kafkaHome.toString());
        script.environment().put("BOOTSTRAP_SERVERS", "kafka:9092");
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        calls = Files.readAllLines(log).stream().map(Call::parse).toList();
    }

    @Test
    void createsExactlyTheTopicsOfTheRegistryAndTheDashboardsSnapshots() {
        assertThat(creations().stream().map(call -> call.options().get("--topic")))
                .containsExactlyInAnyOrderElementsOf(withSnapshots(Topics.all()));
    }

    @Test
    void everyEventTopicHasThreePartitionsOnOneReplicaAndIsNotCompacted() {
        assertThat(eventTopicCreations()).hasSize(Topics.all().size()).allSatisfy(call -> {
            assertThat(call.options()).containsEntry("--partitions", "3").containsEntry("--replication-factor", "1")
                    .containsEntry("--bootstrap-server", "kafka:9092").containsKey("--if-not-exists");
            assertThat(call.configs()).contains("cleanup.policy=delete").noneMatch(config -> config.contains("compact"));
        });
    }

    @Test
    void eventsAreKeptThirtyDaysAndDeadLettersNinety() {
        for (String projection : Topics.PROJECTION_TOPICS) {
            assertThat(retentionOf(projection)).as(projection).isEqualTo(EVENT_RETENTION_MS);
        }
        for (String topic : Topics.EVENT_TOPICS) {
            assertThat(retentionOf(topic)).as(topic).isEqualTo(EVENT_RETENTION_MS);
            assertThat(retentionOf(Topics.deadLetterOf(topic))).as(Topics.deadLetterOf(topic))
                    .isEqualTo(DEAD_LETTER_RETENTION_MS);
        }
    }

    /** ADR 0061: only each dashboard group's latest snapshot matters. */
    @Test
    void theDashboardsSnapshotsAreOneCompactedPartition() {
        List<Call> snapshots = calls.stream().filter(call -> Topics.DASHBOARD_SNAPSHOTS.equals(
                call.options().getOrDefault("--topic", call.options().get("--entity-name")))).toList();

        assertThat(snapshots).hasSize(2).allSatisfy(call -> assertThat(call.configs())
                .contains("cleanup.policy=compact", "segment.ms=3600000").noneMatch(config -> config.contains("delete")));
        assertThat(snapshots.getFirst().options()).containsEntry("--partitions", "1").containsKey("--if-not-exists");
    }

    @Test
    void existingTopicsAreBroughtToTheSameRetention() {
        List<Call> alterations = calls.stream().filter(call -> call.tool().equals("kafka-configs.sh"))
                .filter(call -> !Topics.DASHBOARD_SNAPSHOTS.equals(call.options().get("--entity-name"))).toList();

        assertThat(alterations).hasSize(Topics.all().size()).allSatisfy(call -> {
            String topic = call.options().get("--entity-name");
            assertThat(call.options()).containsEntry("--alter", "").containsEntry("--entity-type", "topics");
            assertThat(call.configs()).contains("retention.ms=" + retentionOf(topic), "cleanup.policy=delete");
        });
    }

    @Test
    void composeRunsTheScriptOnceBeforeTheServices() {
        ComposeFile compose = new ComposeFile();
        Map<String, Object> topicInit = compose.service("topic-init");

        assertThat(ComposeFile.list(topicInit.get("volumes"))).contains("./deploy/kafka:/opt/clinicflow:ro");
        assertThat(ComposeFile.list(topicInit.get("entrypoint"))).contains("/opt/clinicflow/init-kafka.sh");
        assertThat(Checkout.text("deploy/kafka/init-kafka.sh")).contains("sh \"$here/create-topics.sh\"");
        assertThat(topicInit.get("image")).isEqualTo(compose.service("kafka").get("image"));
    }

    private static List<Call> creations() {
        return calls.stream().filter(call -> call.tool().equals("kafka-topics.sh")).toList();
    }

    private static List<Call> eventTopicCreations() {
        return creations().stream().filter(call -> !Topics.DASHBOARD_SNAPSHOTS.equals(call.options().get("--topic")))
                .toList();
    }

    static List<String> withSnapshots(List<String> topics) {
        return Stream.concat(topics.stream(), Stream.of(Topics.DASHBOARD_SNAPSHOTS))
                .toList();
    }

    private static long retentionOf(String topic) {
        Call creation = creations().stream().filter(call -> topic.equals(call.options().get("--topic"))).findFirst()
                .orElseThrow(() -> new AssertionError("no creation of " + topic));
        return creation.configs().stream().filter(config -> config.startsWith("retention.ms="))
                .map(config -> Long.parseLong(config.substring("retention.ms=".length()))).findFirst()
                .orElseThrow(() -> new AssertionError(topic + " is created without retention.ms"));
    }
}
