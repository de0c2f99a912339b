package io.clinicflow.booking;

import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.messaging.OutboxRelay;
import io.clinicflow.testkit.ApiClient.Response;
import io.clinicflow.testkit.HostileRequests;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.clientRequest;
import static io.clinicflow.booking.Reception.errorFields;
import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.events.Topics.BOOKING_EVENTS;
import static io.clinicflow.testkit.HostileRequests.sample;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23's findings as regression tests: a request no clinic would send is refused at the door with a problem detail
 * that names nothing of the service's insides, and an outbox row Kafka would refuse is parked without holding back
 * anyone but its own client.
 */
@BookingServiceTest
class HostileRequestsIntegrationTests extends WithRegisteredClient {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxRelay relay;

    private long clientsNamed(String lastName) {
        return jdbc.sql("select count(*) from client where last_name = :name").param("name", lastName)
                .query(Long.class).single();
    }

    /** Every write operation with a request it takes; each is then broken every way {@link HostileRequests} knows. */
    @TestFactory
    Stream<DynamicTest> noMalformedRequestGetsA5xxOrAnswersWithTheServicesInsides() {
        String id = UUID.randomUUID().toString();
        String startsAt = inDays(3, "10:00").toString();
        Map<String, Object> morning = Map.of("MONDAY", List.of(Map.of("opens", "09:00", "closes", "13:00")));
        return HostileRequests.against(port, List.of(
                sample("POST /api/v1/locations", "/api/v1/locations", Map.of("name", "Soho", "timeZone",
                        "Europe/London", "openingHours", morning, "settings", Map.of("shortSessionMinutes", 45,
                                "longSessionMinutes", 75, "bufferMinutes", 15, "courseLength", 3,
                                "minDaysBetweenSessions", 28))),
                sample("POST /api/v1/practitioners", "/api/v1/practitioners", Map.of("name", "Mara Quinn",
                        "locationIds", List.of(soho), "schedules", Map.of(soho, morning))),
                sample("POST /api/v1/clients", "/api/v1/clients", clientRequest(soho)),
                sample("DELETE /api/v1/clients/{id}", "/api/v1/clients/" + id, null),
                sample("POST /api/v1/bookings", "/api/v1/bookings", bookingWithCourse(),
                        Map.of("Idempotency-Key", UUID.randomUUID().toString())),
                sample("POST /api/v1/bookings/{id}/cancel", "/api/v1/bookings/" + id + "/cancel",
                        Map.of("cancelledBy", "CLIENT", "reason", "client asked", "cancelCourse", false)),
                sample("POST /api/v1/bookings/{id}/no-show", "/api/v1/bookings/" + id + "/no-show", null),
                sample("POST /api/v1/bookings/{id}/reschedule", "/api/v1/bookings/" + id + "/reschedule",
                        Map.of("startsAt", startsAt, "practitionerId", mara)),
                sample("POST /api/v1/locations/{id}/closures", "/api/v1/locations/" + id + "/closures",
                        Map.of("date", "2026-12-24", "reason", "Christmas Eve")),
                sample("POST /api/v1/offers/{id}/accept", "/api/v1/offers/" + id + "/accept",
                        Map.of("startsAt", startsAt, "practitionerId", mara)),
                sample("POST /api/v1/practitioners/{id}/time-off", "/api/v1/practitioners/" + id + "/time-off",
                        Map.of("startsAt", startsAt, "endsAt", inDays(4, "10:00").toString())),
                sample("POST /api/v1/admin/outbox/parked/{eventId}/release",
                        "/api/v1/admin/outbox/parked/" + id + "/release", null)));
    }

    private Map<String, Object> bookingWithCourse() {
        Map<String, Object> booking = bookingRequest(ada, soho, mara, inDays(3, "10:00"));
        booking.put("courseLength", 3);
        return booking;
    }

    @Test
    void aTwelveMegabyteNameIsRefusedStoringNothingAndTheNextBookingStillGoesOut() {
        String lastName = "Huge-" + UUID.randomUUID();
        Map<String, Object> huge = clientRequest(soho);
        huge.put("firstName", "A".repeat(12 * 1024 * 1024));
        huge.put("lastName", lastName);

        Response refused = reception.api.post("/api/v1/clients", huge);

        assertThat(refused.status()).as("%s", refused.body()).isEqualTo(413);
        assertThat(refused.body().path("status").asInt()).isEqualTo(413);

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
        relay.wakeUp();                          // at once, not at the relay's next sweep, up to 30 s later (ADR 0052)
        topics.awaitEvent(BOOKING_EVENTS, SessionBooked.class, event -> event.getBookingId().equals(adasBooking));
    }

    private long publishedAt(String eventType, String client) {
        return jdbc.sql("""
                        select count(*) from outbox_event
                        where event_type = :type and record_key = :key and published_at is not null""")
                .param("type", eventType).param("key", client).query(Long.class).single();
    }
}
