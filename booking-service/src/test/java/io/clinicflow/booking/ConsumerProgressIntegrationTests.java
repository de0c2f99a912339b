package io.clinicflow.booking;

import io.clinicflow.messaging.ConsumerProgress;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.awaitility.Awaitility.await;

/**
 * Messaging's {@code consumers} health (ADR 0038) on this JVM's real broker: a group that takes none of the records
 * arriving on its partition is DOWN after the threshold, named with partition and lag; UP once it commits again.
 * Its own topic and group, thresholds of seconds instead of a minute; messaging's own tests cannot reach the testkit.
 */
class ConsumerProgressIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final Map<String, Object> broker = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            ClinicInfrastructure.shared().bootstrapServers());
    private final TopicPartition partition = new TopicPartition("pipeline-health-" + UUID.randomUUID(), 0);
    private final String group = "booking-stalled-" + UUID.randomUUID();

    @Test
    void aGroupThatTakesNoneOfTheArrivingRecordsIsDownUntilItCommitsAgain() throws Exception {
        try (Admin admin = Admin.create(broker);
             ConsumerProgress progress = new ConsumerProgress(broker, () -> Set.of(group), Duration.ofMillis(200),
                     Duration.ofSeconds(2))) {
            admin.createTopics(List.of(new NewTopic(partition.topic(), 1, (short) 1))).all().get();
            commit(admin, 0);
            progress.start();
            await().atMost(PATIENCE).until(() -> Status.UP.equals(progress.health().getStatus()));

            for (int record = 0; record < 3; record++) {
                TopicProbe.of(ClinicInfrastructure.shared()).sendRaw(partition.topic(), "client-" + record,
                        "arrived".getBytes(StandardCharsets.UTF_8));
            }

            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(progress.health().getStatus()).isEqualTo(Status.DOWN);
                assertThat(progress.health().getDetails().get("stalled")).asInstanceOf(LIST).singleElement()
                        .asInstanceOf(MAP).containsEntry("group", group)
                        .containsEntry("partition", partition.toString()).containsEntry("lag", 3L).containsKey("unmovedFor");
            });
            commit(admin, 3);
            await().atMost(PATIENCE).until(() -> Status.UP.equals(progress.health().getStatus()));
        }
    }

    private void commit(Admin admin, long offset) throws Exception {
        admin.alterConsumerGroupOffsets(group, Map.of(partition, new OffsetAndMetadata(offset))).all().get();
    }
}
