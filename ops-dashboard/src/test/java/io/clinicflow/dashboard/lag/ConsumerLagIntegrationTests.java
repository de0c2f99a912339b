package io.clinicflow.dashboard.lag;

import io.clinicflow.dashboard.ClinicEvents;
import io.clinicflow.dashboard.OpsDashboardTest;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OpsDashboardTest
class ConsumerLagIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Test
    void showsTheLagOfAGroupThatCommittedNothingSinceTheStart() throws Exception {
        String group = "stalled-crm-" + UUID.randomUUID();
        ClinicEvents journey = new ClinicEvents(UUID.randomUUID().toString());
        journey.publish(journey.booked(0));
        commitStartOfBookingTopic(group);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lagOf(group, Topics.BOOKING_EVENTS))
                .isEqualTo(TopicProbe.of(ClinicInfrastructure.shared()).rawRecords(Topics.BOOKING_EVENTS).size()));
    }

    @Test
    void showsTheDashboardsOwnGroupCaughtUpAndExportsLagToPrometheus() {
        ClinicEvents journey = new ClinicEvents(UUID.randomUUID().toString());
        journey.publish(journey.booked(0));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(lagOf("ops-dashboard", Topics.BOOKING_EVENTS)).isZero());
        String metrics = RestClient.create("http://localhost:" + port).get().uri("/actuator/prometheus")
                .retrieve().body(String.class);
        assertThat(metrics).contains("clinicflow_consumer_lag{group=\"ops-dashboard\",topic=\"" + Topics.BOOKING_EVENTS + "\"}");
        assertThat(ApiClient.onPort(port).get("/actuator/health").text("status")).isEqualTo("UP");
    }

    private long lagOf(String group, String topic) {
        JsonNode lags = ApiClient.onPort(port).get("/api/v1/dashboard").body().path("lag");
        return StreamSupport.stream(lags.spliterator(), false)
                .filter(lag -> lag.path("group").asString().equals(group) && lag.path("topic").asString().equals(topic))
                .mapToLong(lag -> lag.path("lag").asLong()).findFirst().orElse(-1);
    }

    private static void commitStartOfBookingTopic(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                ClinicInfrastructure.shared().bootstrapServers()))) {
            int partitions = admin.describeTopics(List.of(Topics.BOOKING_EVENTS)).allTopicNames().get()
                    .get(Topics.BOOKING_EVENTS).partitions().size();
            Map<TopicPartition, OffsetAndMetadata> start = IntStream.range(0, partitions).boxed().collect(Collectors.toMap(
                    partition -> new TopicPartition(Topics.BOOKING_EVENTS, partition), partition -> new OffsetAndMetadata(0)));
            admin.alterConsumerGroupOffsets(group, start).all().get();
        }
    }
}
