package io.clinicflow.aftercare.checkins;

import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;

/** A client reported how the skin heals after a session; {@code concernRaised} when it needs a practitioner. */
public record HealingCheckInRecorded(CheckInId checkInId, SessionId sessionId, Instant recordedAt,
                                     HealingCheckIn checkIn, boolean concernRaised, Journey journey) {
}
