package io.clinicflow.session.screening;

import io.clinicflow.session.bookings.BookingId;

import java.time.Instant;

/** One screening decision about a booking, kept with when, by which rule-set version and why it ran. */
public record Screening(ScreeningId id, BookingId bookingId, Verdict verdict, Instant screenedAt,
                        ScreeningTrigger trigger, String triggerEventId) {
}
