package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.TreatmentArea;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A booking as the API shows it, its times in the location's local offset. */
public record BookingView(UUID id, UUID clientId, UUID locationId, UUID practitionerId, OffsetDateTime startsAt,
                          OffsetDateTime endsAt, List<TreatmentArea> treatmentAreas, List<Concern> concerns,
                          BookingStatus status, ScreeningView screening, ReviewView review,
                          CancellationView cancellation, UUID courseId, int sessionNumber, int courseLength) {

    public record ScreeningView(ScreeningOutcome outcome, List<String> reasonCodes, LocalDate earliestEligibleDate) {
    }

    public record ReviewView(String decision, String reviewerId, OffsetDateTime reviewedAt) {
    }

    public record CancellationView(CancelledBy cancelledBy, String reason, OffsetDateTime cancelledAt) {
    }

    public static BookingView of(Booking booking) {
        ZoneId zone = booking.timeZone();
        return new BookingView(booking.id().value(), booking.clientId().value(), booking.locationId().value(),
                booking.practitionerId().value(), local(booking.startsAt(), zone), local(booking.endsAt(), zone),
                booking.treatmentAreas(), booking.concerns(), booking.status(),
                booking.screening().map(s -> new ScreeningView(s.outcome(), s.reasonCodes(), s.earliestEligibleDate()))
                        .orElse(null),
                booking.review().map(r -> new ReviewView(r.decision(), r.reviewerId(), local(r.reviewedAt(), zone)))
                        .orElse(null),
                booking.cancellation().map(c -> new CancellationView(c.cancelledBy(), c.reason(),
                        local(c.cancelledAt(), zone))).orElse(null),
                booking.course().courseId(), booking.course().sessionNumber(), booking.course().courseLength());
    }

    private static OffsetDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
