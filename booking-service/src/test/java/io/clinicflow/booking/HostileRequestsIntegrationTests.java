package io.clinicflow.booking;

import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.clientRequest;
import static io.clinicflow.booking.Reception.errorFields;
import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.events.Topics.BOOKING_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23's findings as regression tests: a request no clinic would send is refused at the door, and an outbox row
 * Kafka would refuse is parked without holding back anyone but its own client.
 */
@BookingServiceTest
class HostileRequestsIntegrationTests extends WithRegisteredClient {

    @Autowired
    JdbcClient jdbc;

    private long clientsNamed(String lastName) {
        return jdbc.sql("select count(*) from client where last_name = :name").param("name", lastName)
                .query(Long.class).single();
    }

    @Test
    void aTwelveMegabyteNameIsRefusedStoringNothingAndTheNextBookingStillGoesOut() {
        String lastName = "Huge-" + UUID.randomUUID();
        Map<String, Object> huge = clientRequest(soho);
        huge.put("firstName", "A".repeat(12 * 1024 * 1024));
        huge.put("lastName", lastName);

        assertThat(errorFields(reception.api.post("/api/v1/clients", huge))).containsExactly("firstName");

        assertThat(clientsNamed(lastName)).isZero();
        String booking = reception.bookedSession(ada, soho, mara, inDays(2, "10:00"));
        topics.awaitEvent(BOOKING_EVENTS, SessionBooked.class, event -> event.getBookingId().equals(booking));
    }

    @Test
    void aNulInANameIsA400NotA500() {
        Map<String, Object> nul = clientRequest(soho);
        nul.put("firstName", "Ada\u0000");

        assertThat(errorFields(reception.api.post("/api/v1/clients", nul))).containsExactly("firstName");
    }

    @Test
    void anUnpublishableRowIsParkedAndHoldsBackOnlyItsOwnClient() {
        UUID parked = UUID.randomUUID();
        jdbc.sql("""
                        insert into outbox_event (event_id, topic, record_key, event_type, occurred_at, payload)
                        values (:id, :topic, :key, 'ClientRegistered', now(), :payload)""")
                .param("id", parked).param("topic", BOOKING_EVENTS).param("key", ada)
                .param("payload", new byte[300 * 1024]).update();
        String adasBooking = reception.bookedSession(ada, soho, mara, inDays(2, "10:00"));
        String grace = reception.registerClient(soho);
        String gracesBooking = reception.bookedSession(grace, soho, reception.practitionerAt(soho), inDays(2, "10:00"));

        topics.awaitEvent(BOOKING_EVENTS, SessionBooked.class, event -> event.getBookingId().equals(gracesBooking));

        assertThat(publishedAt("SessionBooked", ada)).as("Ada's later events wait behind her parked one").isZero();
        Response list = reception.api.get("/api/v1/admin/outbox/parked");
        assertThat(list.body().valueStream().filter(row -> row.path("eventId").asString().equals(parked.toString())))
                .singleElement().satisfies(row -> {
                    assertThat(row.path("bytes").asInt()).isEqualTo(300 * 1024);
                    assertThat(row.path("reason").asString()).contains("more than the");
                });
        assertThat(reception.api.post("/api/v1/admin/outbox/parked/" + UUID.randomUUID() + "/release", "")
                .status()).isEqualTo(404);

        jdbc.sql("delete from outbox_event where event_id = :id").param("id", parked).update();   // ops' fix
        topics.awaitEvent(BOOKING_EVENTS, SessionBooked.class, event -> event.getBookingId().equals(adasBooking));
    }

    private long publishedAt(String eventType, String client) {
        return jdbc.sql("""
                        select count(*) from outbox_event
                        where event_type = :type and record_key = :key and published_at is not null""")
                .param("type", eventType).param("key", client).query(Long.class).single();
    }
}
