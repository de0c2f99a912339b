package io.clinicflow.aftercare.checkins;

import io.clinicflow.kernel.Journey;

import java.time.Instant;
import java.util.UUID;

/** A client reported how the skin heals after a session; {@code concernRaised} when it needs a practitioner. */
public record HealingCheckInRecorded(UUID checkInId, UUID sessionId, Instant recordedAt, HealingCheckIn checkIn,
                                     boolean concernRaised, Journey journey) {
}
