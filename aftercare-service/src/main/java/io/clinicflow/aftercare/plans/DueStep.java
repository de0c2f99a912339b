package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

/**
 * A step of a stored plan that fell due, at its location (whose zone and locale its messages use), with the areas the
 * session treated (their wording) and the journey its events belong to.
 */
public record DueStep(SessionId sessionId, AftercareStep step, Instant runsAt, UUID locationId, ZoneId timeZone,
                      Set<TreatmentArea> areas, boolean cancelled, Journey journey) {

    public DueStep {
        areas = Set.copyOf(areas);
    }
}
