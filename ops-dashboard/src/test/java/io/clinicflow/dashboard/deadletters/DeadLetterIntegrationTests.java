package io.clinicflow.dashboard.deadletters;

import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.dashboard.ClinicEvents;
import io.clinicflow.dashboard.OpsDashboardTest;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OpsDashboardTest
class DeadLetterIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Test
    void showsADeadLetterWithItsPositionKeyAndExceptionHeaders() throws Exception {
        String client = UUID.randomUUID().toString();
        RecordMetadata written = deadLetter(Topics.deadLetterOf(Topics.SESSION_EVENTS), client,
                "io.clinicflow.events.codec.UnreadableEventException", "Not a single-object encoded event");

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetterOf(client)).isPresent());
        JsonNode shown = deadLetterOf(client).orElseThrow();
        assertThat(List.of(shown.path("topic").asString(), shown.path("partition").asInt(), shown.path("offset").asLong(),
                shown.path("exceptionClass").asString(), shown.path("exceptionMessage").asString()))
                .containsExactly(written.topic(), written.partition(), written.offset(),
                        "io.clinicflow.events.codec.UnreadableEventException", "Not a single-object encoded event");
        assertThat(shown.path("deadLetteredAt").asString()).isNotBlank();
        assertThat(shown.has("value")).isFalse();
    }

    @Test
    void showsADeadLetterWithoutExceptionHeaders() {
        String client = UUID.randomUUID().toString();
        TopicProbe.of(ClinicInfrastructure.shared()).sendRaw(Topics.deadLetterOf(Topics.BOOKING_EVENTS), client,
                "not avro at all".getBytes(StandardCharsets.UTF_8));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetterOf(client)).hasValueSatisfying(shown -> {
            assertThat(shown.path("topic").asString()).isEqualTo(Topics.deadLetterOf(Topics.BOOKING_EVENTS));
            assertThat(shown.path("exceptionClass").isNull()).isTrue();
        }));
    }

    @Test
    void skipsAnUnreadableRecordOnAnEventTopicAndGoesOn() {
        String location = UUID.randomUUID().toString();
        ClinicEvents journey = new ClinicEvents(location);
        TopicProbe.of(ClinicInfrastructure.shared()).sendRaw(Topics.SESSION_EVENTS, journey.client,
                "not avro at all".getBytes(StandardCharsets.UTF_8));
        journey.publish(journey.screened(1, ScreeningOutcome.CLEARED, List.of()));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(ApiClient.onPort(port).get("/api/v1/dashboard").body()
                .path("funnel").path("byLocation").path(location).path("screened").path("total").asLong()).isEqualTo(1));
    }

    private Optional<JsonNode> deadLetterOf(String key) {
        JsonNode deadLetters = ApiClient.onPort(port).get("/api/v1/dashboard").body().path("deadLetters");
        return StreamSupport.stream(deadLetters.spliterator(), false)
                .filter(letter -> letter.path("key").asString().equals(key)).findFirst();
    }

    /** What a service's DeadLetterPublishingRecoverer writes: the bytes untouched, the exception in headers. */
    private static RecordMetadata deadLetter(String topic, String key, String exceptionClass, String message)
            throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ClinicInfrastructure.shared().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, new byte[]{1, 2, 3});
            record.headers().add(KafkaHeaders.DLT_EXCEPTION_FQCN, exceptionClass.getBytes(StandardCharsets.UTF_8));
            record.headers().add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, message.getBytes(StandardCharsets.UTF_8));
            return producer.send(record).get();
        }
    }
}
