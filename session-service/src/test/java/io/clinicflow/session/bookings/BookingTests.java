package io.clinicflow.session.bookings;

import io.clinicflow.kernel.Journey;
import io.clinicflow.session.clients.ClientId;
import io.clinicflow.session.locations.LocationId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BookingTests {

    private static final ClientId CLIENT = new ClientId(UUID.fromString("3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"));
    private static final LocationId SYDNEY = new LocationId("7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");

    /** 14:00 UTC on 1 December is 01:00 on 2 December in Sydney (UTC+11 in summer). */
    private final Booking lateInTheUtcDay = booking(Instant.parse("2026-12-01T14:00:00Z"));

    @Test
    void fallsOnTheCalendarDateOfItsLocation() {
        assertThat(lateInTheUtcDay.sessionDate()).isEqualTo(LocalDate.parse("2026-12-02"));
    }

    @Test
    void showsMomentsOnTheLocationsClock() {
        assertThat(lateInTheUtcDay.local(Instant.parse("2026-12-01T14:30:00Z")))
                .isEqualTo(OffsetDateTime.parse("2026-12-02T01:30:00+11:00"));
    }

    @Test
    void placesItsEventsInItsJourneyAtItsLocation() {
        assertThat(lateInTheUtcDay.journey("cause-1")).isEqualTo(new Journey("correlation-1", "cause-1",
                CLIENT.value().toString(), SYDNEY.value()));
        assertThat(lateInTheUtcDay.journey(null).causationId()).isNull();
    }

    private static Booking booking(Instant startsAt) {
        return new Booking(new BookingId(UUID.randomUUID()), CLIENT, SYDNEY, "correlation-1",
                UUID.randomUUID().toString(), startsAt, startsAt.plusSeconds(3600), ZoneId.of("Australia/Sydney"),
                List.of(TreatmentArea.FACE), new CoursePosition("course-1", 1, 3), BookingStatus.CONFIRMED,
                startsAt.minusSeconds(86_400));
    }
}
