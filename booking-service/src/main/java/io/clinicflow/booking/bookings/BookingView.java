package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.TreatmentArea;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A booking as the API shows it, its times in the location's local offset. */
public record BookingView(UUID id, UUID clientId, UUID locationId, UUID practitionerId, OffsetDateTime startsAt,
                          OffsetDateTime endsAt, List<TreatmentArea> treatmentAreas, List<Concern> concerns,
                          BookingStatus status, ScreeningView screening, UUID courseId, int sessionNumber,
                          int courseLength) {

    public record ScreeningView(ScreeningOutcome outcome, List<String> reasonCodes, LocalDate earliestEligibleDate) {
    }

    public static BookingView of(Booking booking) {
        return new BookingView(booking.id().value(), booking.clientId().value(), booking.locationId().value(),
                booking.practitionerId().value(), booking.startsAt().atZone(booking.timeZone()).toOffsetDateTime(),
                booking.endsAt().atZone(booking.timeZone()).toOffsetDateTime(), booking.treatmentAreas(),
                booking.concerns(), booking.status(),
                booking.screening().map(s -> new ScreeningView(s.outcome(), s.reasonCodes(), s.earliestEligibleDate()))
                        .orElse(null),
                booking.course().courseId(), booking.course().sessionNumber(), booking.course().courseLength());
    }
}
