package io.clinicflow.aftercare.checkins;

import java.util.Optional;
import java.util.UUID;

/** A stored check-in, and the concern it raised, if any. */
public record RecordedCheckIn(UUID checkInId, Optional<UUID> concernId) {
}
