package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.TreatmentArea;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A session was booked and waits for screening: times, place and course position, no health data. */
public record SessionBooked(BookingId bookingId, PractitionerId practitionerId, Instant startsAt, Instant endsAt,
                            ZoneId timeZone, List<TreatmentArea> treatmentAreas, List<Concern> concerns,
                            CoursePosition course, Journey journey) implements BookingEvent {

    public SessionBooked {
        treatmentAreas = List.copyOf(treatmentAreas);
        concerns = List.copyOf(concerns);
    }
}
