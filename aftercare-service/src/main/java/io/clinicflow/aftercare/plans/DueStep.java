package io.clinicflow.aftercare.plans;

import io.clinicflow.messaging.Journey;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A step of a stored plan that fell due, in its location's zone, with the journey its events belong to. */
public record DueStep(UUID sessionId, AftercareStep step, Instant runsAt, ZoneId timeZone, boolean cancelled,
                      Journey journey) {
}
