package io.clinicflow.session.clients;

import io.clinicflow.session.locations.LocationId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What session-service knows of a client: enough for the age rule and to place their events at a location. An
 * erased client has no date of birth any more (ADR 0030).
 */
public record Client(ClientId id, Optional<LocalDate> dateOfBirth, LocationId homeLocationId) {

    /** Erasure forgets the date of birth, and registration stores a client without one as erased (ClientDirectory). */
    public boolean erased() {
        return dateOfBirth.isEmpty();
    }
}
