package io.clinicflow.aftercare.plans;

import io.clinicflow.messaging.Journey;

import java.time.Instant;
import java.util.UUID;

/** A step of a stored plan that fell due, with the journey its events belong to. */
public record DueStep(UUID sessionId, AftercareStep step, Instant runsAt, Journey journey) {
}
