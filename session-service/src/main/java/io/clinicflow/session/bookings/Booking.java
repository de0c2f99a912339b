package io.clinicflow.session.bookings;

import io.clinicflow.kernel.Journey;
import io.clinicflow.session.clients.ClientId;
import io.clinicflow.session.locations.LocationId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** session-service's copy of a booking: what screening and the treatment session need of it. */
public record Booking(BookingId id, ClientId clientId, LocationId locationId, String correlationId,
                      String practitionerId, Instant startsAt, Instant endsAt, ZoneId timeZone,
                      List<TreatmentArea> treatmentAreas, CoursePosition course, BookingStatus status,
                      Instant bookedAt) {

    public Booking {
        treatmentAreas = List.copyOf(treatmentAreas);
    }

    /** The session's calendar date at its location: what screening rules and check-in are judged against. */
    public LocalDate sessionDate() {
        return LocalDate.ofInstant(startsAt, timeZone);
    }

    /** A moment of this booking as the location's clock shows it. */
    public OffsetDateTime local(Instant moment) {
        return moment.atZone(timeZone).toOffsetDateTime();
    }

    /** The booking's journey, for an event caused by {@code causationId} (null when a request caused it). */
    public Journey journey(String causationId) {
        return new Journey(correlationId, causationId, clientId.toString(), locationId.toString());
    }
}
