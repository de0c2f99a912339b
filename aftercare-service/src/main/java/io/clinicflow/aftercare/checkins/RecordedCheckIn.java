package io.clinicflow.aftercare.checkins;

import java.util.Optional;
import java.util.UUID;

/** A stored check-in of the client's, and the concern it raised, if any. */
public record RecordedCheckIn(UUID checkInId, UUID clientId, Optional<UUID> concernId) {
}
