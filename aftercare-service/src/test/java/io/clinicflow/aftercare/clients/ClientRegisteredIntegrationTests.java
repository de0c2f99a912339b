package io.clinicflow.aftercare.clients;

import io.clinicflow.aftercare.AftercareServiceTest;
import io.clinicflow.aftercare.ClinicEvents;
import io.clinicflow.events.Topics;
import io.clinicflow.privacy.ClientKeyLookup;
import io.clinicflow.privacy.ClientKeys;
import io.clinicflow.privacy.ReadOnlyClientKeys;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AftercareServiceTest
class ClientRegisteredIntegrationTests {

    private final TopicProbe topics = TopicProbe.of(ClinicInfrastructure.shared());
    private final ClinicEvents clinic = new ClinicEvents();

    @LocalServerPort
    int port;

    @Test
    void knowsARegisteredClientWithNoAftercareYet() {
        String clientId = UUID.randomUUID().toString();
        ApiClient aftercare = ApiClient.onPort(port);

        clinic.register(aftercare, ClinicEvents.clientRegistered(clientId, "ada-" + clientId + "@example.com", true));

        assertThat(aftercare.get("/api/v1/clients/" + clientId + "/aftercare").body()).isEmpty();
        assertThat(aftercare.get("/api/v1/clients/" + clientId + "/milestones").body()).isEmpty();
    }

    @Test
    void deadLettersNonAvroBookingEventsAndKeepsConsuming() {
        String clientId = UUID.randomUUID().toString();
        byte[] poison = "{\"not\":\"avro\"}".getBytes(StandardCharsets.UTF_8);

        topics.sendRaw(Topics.BOOKING_EVENTS, clientId, poison);
        clinic.register(ApiClient.onPort(port),
                ClinicEvents.clientRegistered(clientId, "ada-" + clientId + "@example.com", true));

        await().atMost(TopicProbe.PATIENCE).untilAsserted(() ->
                assertThat(topics.rawRecords(Topics.deadLetterOf(Topics.BOOKING_EVENTS)))
                        .anySatisfy(record -> {
                            assertThat(record.key()).isEqualTo(clientId);
                            assertThat(record.value()).isEqualTo(poison);
                        }));
    }

    /** It opens what booking-service sealed and nothing more: no key made, destroyed or migrated here (ADR 0043). */
    @Test
    void findsClientKeysOnlyOnReadOnlyConnections(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(ClientKeyLookup.class).values()).singleElement()
                .isInstanceOf(ReadOnlyClientKeys.class);
        assertThat(context.getBeansOfType(ClientKeys.class)).isEmpty();
    }

    /**
     * Issue 23: a readable event with anything after its body used to decode. Aftercare's one group on the booking
     * topic (ADR 0054) dead-letters it once, bytes untouched, and goes on to the client's real registration.
     */
    @Test
    void deadLettersAnEventFollowedByStrayBytesOnceAndKeepsConsuming() {
        String clientId = UUID.randomUUID().toString();
        var registered = ClinicEvents.clientRegistered(clientId, "ada-" + clientId + "@example.com", true);
        byte[] encoded = SingleObjectCodec.shipped().encode(registered);
        byte[] poison = Arrays.copyOf(encoded, encoded.length + 16);

        topics.sendRaw(Topics.BOOKING_EVENTS, clientId, poison);
        clinic.register(ApiClient.onPort(port), registered);

        await().atMost(TopicProbe.PATIENCE).untilAsserted(() ->
                assertThat(topics.rawRecords(Topics.deadLetterOf(Topics.BOOKING_EVENTS)).stream()
                        .filter(record -> clientId.equals(record.key())).toList())
                        .allSatisfy(record -> assertThat(record.value()).isEqualTo(poison))
                        .extracting(record -> new String(record.headers()
                                .lastHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP).value(), StandardCharsets.UTF_8))
                        .containsExactly("aftercare-on-booking-events-v2"));
    }
}
