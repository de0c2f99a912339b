package io.clinicflow.session.sessions;

import io.clinicflow.session.bookings.Booking;

import java.time.Instant;
import java.util.Optional;

/** A booking seen as a treatment session: begun at check-in, then either recorded at completion or abandoned. */
public record TreatmentSession(Booking booking, Optional<Instant> startedAt, Optional<Instant> completedAt,
                               Optional<TreatmentRecord> treatment, Optional<Abandonment> abandonment) {
}
