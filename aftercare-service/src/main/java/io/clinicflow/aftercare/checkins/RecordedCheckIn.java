package io.clinicflow.aftercare.checkins;

import io.clinicflow.aftercare.clients.ClientId;

import java.util.Optional;

/** A stored check-in of the client's, and the concern it raised, if any. */
public record RecordedCheckIn(CheckInId checkInId, ClientId clientId, Optional<ConcernId> concernId) {
}
