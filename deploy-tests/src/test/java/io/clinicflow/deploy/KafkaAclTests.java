package io.clinicflow.deploy;

import io.clinicflow.events.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The ACL table of deploy/kafka, applied to a broker secured like the compose one, lets each principal do its job and
 * nothing else (issue 10, ADR 0028). No Docker: the broker runs in this JVM.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KafkaAclTests {

    private static final Duration SEND = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final AclTable TABLE = AclTable.read();
    private static final Map<String, String> PASSWORDS = TABLE.principals().stream()
            .collect(Collectors.toMap(Function.identity(), principal -> UUID.randomUUID().toString()));

    private static SecuredBroker broker;

    @BeforeAll
    static void startBrokerWithTheTable() throws Exception {
        broker = SecuredBroker.start();
        broker.createTopics(TopicInitTests.withSnapshots(Topics.all()));
        broker.addScramUsers(PASSWORDS);
        broker.grant(TABLE.bindings());
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void bookingWritesItsOwnTopicButNotTheSessionTopic() throws Exception {
        try (Producer<String, String> booking = producerOf("booking-service")) {
            assertThat(send(booking, Topics.BOOKING_EVENTS).topic()).isEqualTo(Topics.BOOKING_EVENTS);

            assertThatThrownBy(() -> send(booking, Topics.SESSION_EVENTS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void everyPrincipalWritesExactlyTheTopicsOfItsRow() {
        for (AclTable.Grant grant : TABLE.grants()) {
            List<String> written = new ArrayList<>();
            try (Producer<String, String> producer = producerOf(grant.principal())) {
                for (String topic : TopicInitTests.withSnapshots(Topics.all())) {
                    if (writes(producer, topic)) {
                        written.add(topic);
                    }
                }
            }
            assertThat(written).as(grant.principal()).containsExactlyInAnyOrderElementsOf(grant.writes());
        }
    }

    @Test
    void sessionConsumesBookingEventsInItsOwnGroups() throws Exception {
        String clientId = sendAsBooking(Topics.BOOKING_EVENTS);

        try (Consumer<String, String> session = consumerOf("session-service", "session-on-booking-events")) {
            assertThat(keysReadFrom(session, Topics.BOOKING_EVENTS, clientId)).contains(clientId);
        }
    }

    @Test
    void sessionReadsNeitherAftercareEventsNorInAnotherServicesGroup() {
        try (Consumer<String, String> session = consumerOf("session-service", "session-on-aftercare-events")) {
            assertPollFails(session, Topics.AFTERCARE_EVENTS, TopicAuthorizationException.class);
        }
        try (Consumer<String, String> session = consumerOf("session-service", "booking-on-session-events")) {
            assertPollFails(session, Topics.BOOKING_EVENTS, GroupAuthorizationException.class);
        }
    }

    @Test
    void crmReadsTheClientJourneyTopicButNotBookingEvents() throws Exception {
        String clientId = sendAsBooking(Topics.CRM_CLIENT_JOURNEY);

        try (Consumer<String, String> crm = consumerOf("crm", "crm-journeys")) {
            assertThat(keysReadFrom(crm, Topics.CRM_CLIENT_JOURNEY, clientId)).contains(clientId);
        }
        try (Consumer<String, String> crm = consumerOf("crm", "crm-bookings")) {
            assertPollFails(crm, Topics.BOOKING_EVENTS, TopicAuthorizationException.class);
        }
    }

    @Test
    void aWrongPasswordIsRejected() {
        try (Producer<String, String> impostor = producerOf("booking-service", "not-" + PASSWORDS.get("booking-service"))) {
            assertThatThrownBy(() -> send(impostor, Topics.BOOKING_EVENTS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    private static String sendAsBooking(String topic) throws Exception {
        try (Producer<String, String> booking = producerOf("booking-service")) {
            String clientId = UUID.randomUUID().toString();
            booking.send(new ProducerRecord<>(topic, clientId, "event of " + clientId)).get(SEND.toSeconds(), TimeUnit.SECONDS);
            return clientId;
        }
    }

    private static RecordMetadata send(Producer<String, String> producer, String topic) throws Exception {
        return producer.send(new ProducerRecord<>(topic, "key", "value")).get(SEND.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * True if the broker accepted a record; false if it refused this principal: the topic (no Write), or, for a
     * principal with no Write at all, the idempotent producer id that any Write grant would allow.
     */
    private static boolean writes(Producer<String, String> producer, String topic) {
        try {
            send(producer, topic);
            return true;
        } catch (Exception refused) {
            assertThat(refused).as(topic).hasCauseInstanceOf(AuthorizationException.class);
            return false;
        }
    }

    private static List<String> keysReadFrom(Consumer<String, String> consumer, String topic, String awaitedKey) {
        consumer.subscribe(List.of(topic));
        List<String> keys = new ArrayList<>();
        await().atMost(SEND).until(() -> {
            consumer.poll(POLL).forEach((ConsumerRecord<String, String> record) -> keys.add(record.key()));
            return keys.contains(awaitedKey);
        });
        return keys;
    }

    private static void assertPollFails(Consumer<String, String> consumer, String topic,
                                        Class<? extends Exception> refusal) {
        consumer.subscribe(List.of(topic));
        await().atMost(SEND).untilAsserted(() -> assertThatThrownBy(() -> consumer.poll(POLL)).isInstanceOf(refusal));
    }

    private static Producer<String, String> producerOf(String principal) {
        return producerOf(principal, PASSWORDS.get(principal));
    }

    private static Producer<String, String> producerOf(String principal, String password) {
        Map<String, Object> properties = broker.clientOf(principal, password);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) SEND.toMillis());
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private static Consumer<String, String> consumerOf(String principal, String group) {
        Map<String, Object> properties = broker.clientOf(principal, PASSWORDS.get(principal));
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }
}
