package io.clinicflow.booking.clients;

import io.clinicflow.avro.booking.BookingCancelled;
import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.avro.booking.ClientRegistered;
import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.Reception;
import io.clinicflow.events.CloudEventHeaders;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.Outbox;
import io.clinicflow.privacy.PersonalDataSeal;
import io.clinicflow.testkit.ApiClient.Response;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.StaffToken;
import io.clinicflow.testkit.TopicProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.security.StaffRole.FRONT_DESK;
import static io.clinicflow.security.StaffRole.PRACTITIONER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** DELETE /clients/{id}: the right to erasure at the front desk; ClientRegistered crypto-shredded (ADR 0030). */
@BookingServiceTest
class ClientErasureIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataSeal seal;

    @Autowired
    JdbcClient jdbc;

    private final TopicProbe topics = TopicProbe.of(ClinicInfrastructure.shared());

    @Test
    void erasesTheClientKeepsTheirBookingsAndShredsTheirRegistration() {
        Reception reception = new Reception(port);
        String soho = reception.openLocation();
        String client = reception.registerClient(soho);
        String booking = reception.bookedSession(client, soho, reception.practitionerAt(soho), inDays(3, "10:00"));
        ClientRegistered registered = topics.awaitEvent(Topics.BOOKING_EVENTS, ClientRegistered.class,
                event -> event.getMeta().getClientId().equals(client));
        assertThat(seal.open(UUID.fromString(client), registered.getPersonalData())).isPresent();

        assertThat(reception.api.delete("/api/v1/clients/" + client).status()).isEqualTo(204);

        assertThat(seal.open(UUID.fromString(client), registered.getPersonalData())).isEmpty();
        Response gone = reception.api.get("/api/v1/clients/" + client);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.text("detail")).isEqualTo("client erased");
        assertThat(jdbc.sql("""
                        select concat(first_name, last_name, email, phone, date_of_birth) from client where id = ?""")
                .param(UUID.fromString(client)).query(String.class).single()).isEmpty();
        assertThat(reception.api.get("/api/v1/clients").body().valueStream().map(c -> c.path("id").asString()))
                .doesNotContain(client);
        assertThat(reception.booking(booking).path("clientId").asString()).isEqualTo(client);
        assertThat(reception.book(bookingRequest(client, soho, reception.practitionerAt(soho), inDays(4, "10:00")))
                .status()).isEqualTo(410);

        ClientErasureRequested erasure = topics.awaitEvent(Topics.BOOKING_EVENTS, ClientErasureRequested.class,
                event -> event.getClientId().equals(client));
        assertThat(erasure.getMeta().getClientId()).isEqualTo(client);
        assertThat(erasure.getMeta().getLocationId()).isEqualTo(soho);
        await().atMost(TopicProbe.PATIENCE).untilAsserted(() -> assertThat(topics.rawRecords(Topics.CRM_CLIENT_JOURNEY))
                .filteredOn(record -> client.equals(record.key())).hasSizeGreaterThan(1).last()
                .satisfies(crmTellsToForget -> assertThat(crmTellsToForget.value()).isNull()));
    }

    /** A tombstone has no body, so no content type: only the CloudEvents attributes (ADR 0043). */
    @Test
    void theCrmTombstoneCarriesNoContentType() {
        Reception reception = new Reception(port);
        String client = reception.registerClient(reception.openLocation());

        assertThat(reception.api.delete("/api/v1/clients/" + client).status()).isEqualTo(204);

        List<ConsumerRecord<String, byte[]>> crm = await().atMost(TopicProbe.PATIENCE).until(
                () -> topics.rawRecords(Topics.CRM_CLIENT_JOURNEY).stream()
                        .filter(record -> client.equals(record.key())).toList(),
                records -> records.stream().anyMatch(record -> record.value() == null));
        ConsumerRecord<String, byte[]> tombstone = crm.getLast();
        assertThat(tombstone.value()).isNull();
        assertThat(header(tombstone, CloudEventHeaders.TYPE)).contains(CloudEventHeaders.TYPE_PREFIX + Outbox.TOMBSTONE);
        assertThat(header(tombstone, CloudEventHeaders.ID)).isPresent();
        assertThat(header(tombstone, CloudEventHeaders.CONTENT_TYPE)).isEmpty();
        assertThat(header(crm.getFirst(), CloudEventHeaders.CONTENT_TYPE)).as("an event with a body still says Avro")
                .contains(CloudEventHeaders.AVRO);
    }

    /**
     * A cancellation's free-text reason is on the booking topic only sealed with the client's key (ADR 0043): the
     * services that need it open it until the erasure, no one after; a cancellation after the erasure keeps no reason.
     */
    @Test
    void aCancellationsReasonOpensUntilTheClientIsErasedAndIsNeverOnTheTopicInClear() {
        Reception reception = new Reception(port);
        String soho = reception.openLocation();
        String client = reception.registerClient(soho);
        UUID clientId = UUID.fromString(client);
        String mara = reception.practitionerAt(soho);
        String first = reception.bookedSession(client, soho, mara, inDays(3, "10:00"));
        String second = reception.bookedSession(client, soho, mara, inDays(3, "14:00"));
        String reason = "moving to Leeds, new number 07700 900123";
        assertThat(reception.cancel(first, Map.of("reason", reason)).status()).isEqualTo(200);
        BookingCancelled cancelled = topics.awaitEvent(Topics.BOOKING_EVENTS, BookingCancelled.class,
                event -> event.getBookingId().equals(first));
        PersonalDataSeal consumers = ClinicInfrastructure.shared().personalDataSeal();

        assertThat(cancelled.getReason()).isNull();
        assertThat(consumers.openReason(clientId, cancelled.getSealedReason())).contains(reason);

        assertThat(reception.api.delete("/api/v1/clients/" + client).status()).isEqualTo(204);
        Response afterErasure = reception.cancel(second, Map.of("reason", "asked again"));
        assertThat(afterErasure.status()).isEqualTo(200);
        assertThat(afterErasure.body().path("cancellation").path("reason").isNull()).isTrue();
        assertThat(jdbc.sql("select count(*) from booking where client_id = ? and cancellation_reason is not null")
                .param(clientId).query(Long.class).single()).isZero();

        assertThat(consumers.openReason(clientId, cancelled.getSealedReason())).isEmpty();
        assertThat(topics.awaitEvent(Topics.BOOKING_EVENTS, BookingCancelled.class,
                event -> event.getBookingId().equals(second)).getSealedReason()).isNull();
        assertThat(ClinicInfrastructure.shared().clientKeys().find(clientId)).as("no new key for an erased client")
                .isEmpty();
        assertThat(topics.rawRecords(Topics.BOOKING_EVENTS)).filteredOn(record -> client.equals(record.key()))
                .hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(record -> assertThat(new String(record.value(), StandardCharsets.ISO_8859_1))
                        .doesNotContain("Leeds", "07700", "asked again"));
    }

    private static Optional<String> header(ConsumerRecord<String, byte[]> record, String name) {
        return Optional.ofNullable(record.headers().lastHeader(name))
                .map(header -> new String(header.value(), StandardCharsets.UTF_8));
    }

    @Test
    void erasingAnErasedClientAgainAnswers204AndTellsNoOneTwice() {
        Reception reception = new Reception(port);
        String client = reception.registerClient(reception.openLocation());

        assertThat(reception.api.delete("/api/v1/clients/" + client).status()).isEqualTo(204);
        assertThat(reception.api.delete("/api/v1/clients/" + client).status()).isEqualTo(204);

        assertThat(jdbc.sql("""
                        select count(*) from outbox_event
                        where record_key = ? and event_type = 'ClientErasureRequested'""")
                .param(client).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from outbox_event
                        where record_key = ? and topic = ? and payload is null""")
                .param(client).param(Topics.CRM_CLIENT_JOURNEY).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void answers404ForAnUnknownClientOrOneOfAnotherLocationAnd403ForARoleThatMayNotErase() {
        Reception reception = new Reception(port);
        String soho = reception.openLocation();
        String client = reception.registerClient(soho);
        String elsewhere = reception.openLocation();

        assertThat(reception.api.delete("/api/v1/clients/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(reception.api.as(StaffToken.of(FRONT_DESK, elsewhere)).delete("/api/v1/clients/" + client)
                .status()).isEqualTo(404);
        assertThat(reception.api.as(StaffToken.of(PRACTITIONER, soho)).delete("/api/v1/clients/" + client)
                .status()).isEqualTo(403);
        assertThat(reception.api.get("/api/v1/clients/" + client).status()).isEqualTo(200);

        assertThat(reception.api.as(StaffToken.of(FRONT_DESK, soho)).delete("/api/v1/clients/" + client).status())
                .isEqualTo(204);
        assertThat(reception.api.as(StaffToken.of(FRONT_DESK, elsewhere)).get("/api/v1/clients/" + client).status())
                .as("an erased client of another location is as unknown as any other").isEqualTo(404);
    }
}
