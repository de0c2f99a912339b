package io.clinicflow.booking.availability;

import io.clinicflow.booking.BookingServiceTest;
import io.clinicflow.booking.Reception;
import io.clinicflow.booking.WithRegisteredClient;
import io.clinicflow.testkit.ApiClient.Response;
import io.clinicflow.testkit.ClinicInfrastructure;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.clinicflow.booking.Reception.LONDON;
import static io.clinicflow.booking.Reception.bookingRequest;
import static io.clinicflow.booking.Reception.errorFields;
import static io.clinicflow.booking.Reception.inDays;
import static io.clinicflow.booking.Reception.time;
import static org.assertj.core.api.Assertions.assertThat;

/** Closures, practitioners' own schedules and time off, and the nights the clocks change, through the API. */
@BookingServiceTest
class CalendarIntegrationTests extends WithRegisteredClient {

    private List<OffsetDateTime> slots(String location, LocalDate date, String practitioner) {
        return reception.api.get("/api/v1/locations/" + location + "/availability?date=" + date + "&practitionerId="
                + practitioner).body().path("slots").valueStream().map(slot -> time(slot.path("startsAt"))).toList();
    }

    @Test
    void aClosedDayHasNoSlotsAndTakesNoBookings() {
        LocalDate day = inDays(5, "00:00").toLocalDate();

        Response closed = reception.api.post("/api/v1/locations/" + soho + "/closures",
                Map.of("date", day.toString(), "reason", "Bank holiday"));

        assertThat(closed.status()).isEqualTo(201);
        assertThat(slots(soho, day, mara)).isEmpty();
        assertThat(slots(soho, day.plusDays(1), mara)).isNotEmpty();
        assertThat(errorFields(reception.book(bookingRequest(ada, soho, mara, inDays(5, "10:00")))))
                .containsExactly("startsAt");
        assertThat(reception.api.post("/api/v1/locations/" + soho + "/closures",
                Map.of("date", day.toString(), "reason", "again")).status()).isEqualTo(409);
    }

    @Test
    void aClosureNeedsOnlyItsDateAndThenReadsClosed() {
        LocalDate day = inDays(8, "00:00").toLocalDate();

        Response closed = reception.api.post("/api/v1/locations/" + soho + "/closures", Map.of("date", day.toString()));

        assertThat(closed.status()).as("%s", closed.body()).isEqualTo(201);
        assertThat(closed.text("reason")).isEqualTo("closed");
        assertThat(slots(soho, day, mara)).isEmpty();
    }

    @Test
    void refusesABadClosureOrOneThatWouldStrandABookingStoringNothing() {
        reception.bookedSession(ada, soho, mara, inDays(6, "10:00"));
        String closures = "/api/v1/locations/" + soho + "/closures";

        assertThat(errorFields(reception.api.post(closures, Map.of("reason", "x")))).containsExactly("date");
        assertThat(errorFields(reception.api.post(closures, Map.of("date", inDays(-2, "00:00").toLocalDate().toString(),
                "reason", "x")))).containsExactly("date");
        assertThat(reception.api.post("/api/v1/locations/" + UUID.randomUUID() + "/closures",
                Map.of("date", inDays(7, "00:00").toLocalDate().toString(), "reason", "x")).status()).isEqualTo(404);
        assertThat(reception.api.post(closures, Map.of("date", inDays(6, "00:00").toLocalDate().toString(),
                "reason", "refit")).status()).isEqualTo(409);
        assertThat(slots(soho, inDays(6, "00:00").toLocalDate(), mara)).contains(inDays(6, "14:00"));
    }

    @Test
    void aPractitionerWorksTheirOwnScheduleInsideTheLocationsHours() {
        LocalDate day = inDays(8, "00:00").toLocalDate();
        Map<String, Object> week = Map.of(day.getDayOfWeek().name(), List.of(Map.of("opens", "10:00", "closes", "12:00")));
        Response noor = reception.api.post("/api/v1/practitioners", Map.of("name", "Noor Haddad",
                "locationIds", List.of(soho), "schedules", Map.of(soho, week)));
        String id = noor.text("id");

        assertThat(noor.status()).isEqualTo(201);
        assertThat(slots(soho, day, id)).containsExactly(inDays(8, "10:00"), inDays(8, "10:15"), inDays(8, "10:30"),
                inDays(8, "10:45"), inDays(8, "11:00"));
        assertThat(slots(soho, day.plusDays(1), id)).isEmpty();
        assertThat(errorFields(reception.book(bookingRequest(ada, soho, id, inDays(8, "14:00")))))
                .containsExactly("startsAt");
        assertThat(reception.book(bookingRequest(ada, soho, id, inDays(8, "11:00"))).status()).isEqualTo(201);
    }

    @Test
    void refusesAScheduleOutsideTheOpeningHoursOrForAnotherLocation() {
        String elsewhere = reception.openLocation();
        Map<String, Object> early = Map.of("MONDAY", List.of(Map.of("opens", "06:00", "closes", "12:00")));
        Map<String, Object> backwards = Map.of("MONDAY", List.of(Map.of("opens", "12:00", "closes", "10:00")));

        assertThat(errorFields(reception.api.post("/api/v1/practitioners", Map.of("name", "Noor",
                "locationIds", List.of(soho), "schedules", Map.of(soho, early))))).containsExactly("schedules");
        assertThat(errorFields(reception.api.post("/api/v1/practitioners", Map.of("name", "Noor",
                "locationIds", List.of(soho), "schedules", Map.of(soho, backwards))))).containsExactly("schedules");
        assertThat(errorFields(reception.api.post("/api/v1/practitioners", Map.of("name", "Noor",
                "locationIds", List.of(soho), "schedules", Map.of(elsewhere, early))))).containsExactly("schedules");
        assertThat(reception.api.get("/api/v1/practitioners").body().valueStream()
                .filter(p -> p.path("name").asString().equals("Noor"))).isEmpty();
    }

    @Test
    void timeOffRemovesSlotsAndRefusesBookingsThen() {
        Response off = reception.api.post("/api/v1/practitioners/" + mara + "/time-off",
                Map.of("startsAt", inDays(9, "08:00").toString(), "endsAt", inDays(9, "18:00").toString()));

        assertThat(off.status()).isEqualTo(201);
        assertThat(slots(soho, inDays(9, "00:00").toLocalDate(), mara))
                .containsExactly(inDays(9, "18:00"), inDays(9, "18:15"), inDays(9, "18:30"), inDays(9, "18:45"),
                        inDays(9, "19:00"));
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(9, "16:00"))).status()).isEqualTo(409);
        assertThat(reception.book(bookingRequest(ada, soho, mara, inDays(9, "18:00"))).status()).isEqualTo(201);
    }

    @Test
    void refusesBadTimeOffOrTimeOffOverABookingStoringNothing() {
        reception.bookedSession(ada, soho, mara, inDays(10, "12:00"));
        String timeOff = "/api/v1/practitioners/" + mara + "/time-off";

        assertThat(errorFields(reception.api.post(timeOff, Map.of("startsAt", inDays(10, "15:00").toString(),
                "endsAt", inDays(10, "14:00").toString())))).containsExactly("endsAt");
        assertThat(errorFields(reception.api.post(timeOff, Map.of("startsAt", inDays(10, "15:00").toString()))))
                .containsExactly("endsAt");
        assertThat(errorFields(reception.api.post(timeOff, Map.of("startsAt", inDays(-3, "08:00").toString(),
                "endsAt", inDays(-2, "08:00").toString())))).containsExactly("endsAt");
        assertThat(reception.api.post("/api/v1/practitioners/" + UUID.randomUUID() + "/time-off",
                Map.of("startsAt", inDays(10, "15:00").toString(), "endsAt", inDays(10, "16:00").toString()))
                .status()).isEqualTo(404);
        assertThat(reception.api.post(timeOff, Map.of("startsAt", inDays(10, "08:00").toString(),
                "endsAt", inDays(10, "18:00").toString())).status()).isEqualTo(409);
        assertThat(slots(soho, inDays(10, "00:00").toLocalDate(), mara)).contains(inDays(10, "15:00"));
    }

    /**
     * The next night London's clocks go forward (a gap) or back (an overlap), at least two days after the business
     * clock's now: computed, not a literal date, so the test holds whatever day the suite runs on.
     */
    private static ZoneOffsetTransition nextClockChange(boolean forward) {
        Instant from = ClinicInfrastructure.shared().clock().instant().plus(Duration.ofDays(2));
        ZoneOffsetTransition transition = LONDON.getRules().nextTransition(from);
        while (transition.isGap() != forward) {
            transition = LONDON.getRules().nextTransition(transition.getInstant());
        }
        return transition;
    }

    @Test
    void acrossTheNextSpringForwardNoSlotAtANonExistentTimeAndBookingsKeepTheirRealLength() {
        ZoneOffsetTransition springForward = nextClockChange(true);
        Instant change = springForward.getInstant();
        String nights = reception.api.post("/api/v1/locations", Map.of("name", "Night " + UUID.randomUUID(),
                "timeZone", "Europe/London", "openingHours",
                Map.of("SUNDAY", List.of(Map.of("opens", "00:00", "closes", "04:00"))))).text("id");
        String noor = reception.practitionerAt(nights);

        List<OffsetDateTime> starts = slots(nights, springForward.getDateTimeBefore().toLocalDate(), noor);

        assertThat(starts).hasSize(9).doesNotHaveDuplicates()
                .noneSatisfy(start -> assertThat(start.atZoneSameInstant(LONDON).getHour()).isEqualTo(1));
        Response booked = reception.book(bookingRequest(ada, nights, noor,
                change.minus(Duration.ofMinutes(30)).atOffset(ZoneOffset.UTC)));
        assertThat(booked.status()).isEqualTo(201);
        assertThat(time(booked.body().path("endsAt")))
                .isEqualTo(change.plus(Duration.ofMinutes(30)).atOffset(springForward.getOffsetAfter()));
    }

    @Test
    void acrossTheNextFallBackTheRepeatedHourIsOfferedOncePerRealInstant() {
        ZoneOffsetTransition fallBack = nextClockChange(false);
        Instant change = fallBack.getInstant();
        OffsetDateTime firstOneOClock = change.minus(Duration.ofHours(1)).atOffset(fallBack.getOffsetBefore());
        OffsetDateTime secondOneOClock = change.atOffset(fallBack.getOffsetAfter());
        String nights = reception.api.post("/api/v1/locations", Map.of("name", "Night " + UUID.randomUUID(),
                "timeZone", "Europe/London", "openingHours",
                Map.of("SUNDAY", List.of(Map.of("opens", "00:00", "closes", "03:00"))))).text("id");
        String noor = reception.practitionerAt(nights);
        LocalDate day = fallBack.getDateTimeBefore().toLocalDate();

        List<OffsetDateTime> starts = slots(nights, day, noor);

        assertThat(starts).hasSize(13).doesNotHaveDuplicates().contains(firstOneOClock, secondOneOClock);
        assertThat(reception.book(bookingRequest(ada, nights, noor, secondOneOClock)).status()).isEqualTo(201);
        assertThat(slots(nights, day, noor)).doesNotContain(secondOneOClock)
                .contains(firstOneOClock.minusMinutes(15));
    }
}
