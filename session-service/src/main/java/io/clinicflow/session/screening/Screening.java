package io.clinicflow.session.screening;

import java.time.Instant;
import java.util.UUID;

/** One screening decision about a booking, kept with when, by which rule-set version and why it ran. */
public record Screening(UUID id, UUID bookingId, Verdict verdict, Instant screenedAt, ScreeningTrigger trigger,
                        String triggerEventId) {
}
