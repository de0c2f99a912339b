package io.clinicflow.booking.bookings;

import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.Reception;
import io.clinicflow.booking.WithRegisteredClient;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.errorFields;
import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.booking.Reception.time;
import static org.assertj.core.api.Assertions.assertThat;

@BookingServiceTest
class BookingIntegrationTests extends WithRegisteredClient {

    @Test
    void listsALocationsBookingsOfOneLocalDayInTimeOrder() {
        String grace = reception.registerClient(soho);
        String later = reception.bookedSession(ada, soho, mara, inDays(3, "15:00"));
        String earlier = reception.bookedSession(grace, soho, mara, inDays(3, "09:00"));
        reception.bookedSession(ada, soho, mara, inDays(4, "09:00"));

        Response day = reception.api.get("/api/v1/locations/" + soho + "/bookings?date=" + inDays(3, "09:00").toLocalDate());

        assertThat(day.status()).isEqualTo(200);
        assertThat(day.body().valueStream().map(booking -> booking.path("id").asString())).containsExactly(earlier, later);
        assertThat(reception.api.get("/api/v1/locations/" + soho + "/bookings?date=not-a-date").status()).isEqualTo(400);
        assertThat(reception.api.get("/api/v1/locations/" + UUID.randomUUID() + "/bookings?date=2027-01-04").status())
                .isEqualTo(404);
    }

    @Test
    void booksASessionThatWaitsForScreeningAndOpensACourse() {
        OffsetDateTime startsAt = inDays(2, "10:00");

        Response booked = reception.book(bookingRequest(ada, soho, mara, startsAt, "FACE", "NECK"));

        assertThat(booked.status()).isEqualTo(201);
        String id = booked.text("id");
        Response read = reception.api.get("/api/v1/bookings/" + id);
        assertThat(read.text("status")).isEqualTo("PENDING_SCREENING");
        assertThat(time(read.body().path("startsAt"))).isEqualTo(startsAt);
        assertThat(time(read.body().path("endsAt"))).isEqualTo(inDays(2, "11:00"));
        assertThat(read.body().path("screening").isNull()).isTrue();
        assertThat(read.body().path("sessionNumber").asInt()).isEqualTo(1);
        assertThat(read.body().path("courseLength").asInt()).isEqualTo(3);
        assertThat(reception.api.get("/api/v1/clients/" + ada + "/bookings").body().valueStream()
                .map(booking -> booking.path("id").asString())).containsExactly(id);

        SessionBooked event = topics.awaitEvent(Topics.BOOKING_EVENTS, SessionBooked.class, e -> e.getBookingId().equals(id));
        assertThat(event.getMeta().getClientId()).isEqualTo(ada);
        assertThat(event.getMeta().getLocationId()).isEqualTo(soho);
        assertThat(event.getMeta().getCausationId()).isNull();
        assertThat(event.getPractitionerId()).isEqualTo(mara);
        assertThat(event.getStartsAt()).isEqualTo(startsAt.toInstant());
        assertThat(event.getEndsAt()).isEqualTo(startsAt.plusMinutes(60).toInstant());
        assertThat(event.getTimeZone()).isEqualTo("Europe/London");
        assertThat(event.getTreatmentAreas()).containsExactly(TreatmentArea.FACE, TreatmentArea.NECK);
        assertThat(event.getConcerns()).containsExactly("ACNE_SCARS");
        assertThat(event.getCourseId()).isEqualTo(read.text("courseId"));
        assertThat(event.getSessionNumber()).isEqualTo(1);
        assertThat(event.getCourseLength()).isEqualTo(3);
    }

    @Test
    void answersTheSameBookingForARetryWithTheSameKeyAndRefusesTheKeyForAnotherRequest() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = bookingRequest(ada, soho, mara, inDays(2, "12:00"));

        Response first = reception.book(request, key);
        Response retry = reception.book(request, key);
        Response other = reception.book(bookingRequest(ada, soho, mara, inDays(2, "15:00")), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(reception.api.get("/api/v1/clients/" + ada + "/bookings").body()).hasSize(1);
    }

    @Test
    void refusesAnOverlapWithTheSamePractitionerIncludingTheCleaningBuffer() {
        reception.bookedSession(ada, soho, mara, inDays(2, "10:00"));
        String noor = reception.practitionerAt(soho);

        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:30"))).status()).isEqualTo(409);
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "11:00"))).status()).isEqualTo(409);
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "09:00"))).status()).isEqualTo(409);
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "11:15"))).status()).isEqualTo(201);
        assertThat(reception.book(bookingRequest(ada, soho, noor, inDays(2, "10:00"))).status()).isEqualTo(201);
    }

    @Test
    void rejectsAStartOffTheGridInThePastOrOutsideOpeningHours() {
        assertThat(errorFields(reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:10")))))
                .containsExactly("startsAt");
        assertThat(errorFields(reception.book(bookingRequest(ada, soho, mara, inDays(-1, "10:00")))))
                .containsExactly("startsAt");
        assertThat(errorFields(reception.book(bookingRequest(ada, soho, mara, inDays(2, "19:15")))))
                .containsExactly("startsAt");
        assertThat(errorFields(reception.book(bookingRequest(ada, soho, mara, inDays(2, "18:45"), "BACK"))))
                .containsExactly("startsAt");
    }

    @Test
    void rejectsInvalidFieldsAndAPractitionerOfAnotherLocation() {
        String elsewhere = reception.practitionerAt(reception.openLocation());
        Map<String, Object> incomplete = bookingRequest(ada, soho, mara, inDays(2, "10:00"));
        incomplete.remove("clientId");
        incomplete.put("treatmentAreas", List.of());
        Map<String, Object> unknownArea = bookingRequest(ada, soho, mara, inDays(2, "10:00"));
        unknownArea.put("treatmentAreas", List.of("FACE", "ELBOWS"));

        assertThat(errorFields(reception.book(incomplete))).containsExactlyInAnyOrder("clientId", "treatmentAreas");
        assertThat(errorFields(reception.book(unknownArea))).containsExactly("treatmentAreas[1]");
        assertThat(errorFields(reception.book(bookingRequest(ada, soho, elsewhere, inDays(2, "10:00")))))
                .containsExactly("practitionerId");
    }

    @Test
    void requiresAnIdempotencyKey() {
        Response response = reception.api.post("/api/v1/bookings", bookingRequest(ada, soho, mara, inDays(2, "10:00")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("detail")).contains("Idempotency-Key");
    }

    /** The key is booking_request's primary key, whose index refuses a row over about 2.7 KB: 400, not 500. */
    @Test
    void refusesAnIdempotencyKeyOverTwoHundredAndFiftyFiveCharacters() {
        Response response = reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00")), "k".repeat(4000));

        assertThat(errorFields(response)).containsExactly("Idempotency-Key");
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(2, "10:00")), "k".repeat(255)).status())
                .isEqualTo(201);
    }

    @Test
    void answers404ForAnUnknownClientLocationPractitionerOrBooking() {
        String unknown = UUID.randomUUID().toString();
        OffsetDateTime startsAt = inDays(2, "10:00");

        assertThat(reception.book(bookingRequest(unknown, soho, mara, startsAt)).status()).isEqualTo(404);
        assertThat(reception.book(bookingRequest(ada, unknown, mara, startsAt)).status()).isEqualTo(404);
        assertThat(reception.book(bookingRequest(ada, soho, unknown, startsAt)).status()).isEqualTo(404);
        assertThat(reception.api.get("/api/v1/bookings/" + unknown).status()).isEqualTo(404);
        assertThat(reception.api.get("/api/v1/clients/" + unknown + "/bookings").status()).isEqualTo(404);
    }
}
