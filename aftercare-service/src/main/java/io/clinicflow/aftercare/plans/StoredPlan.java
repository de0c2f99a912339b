package io.clinicflow.aftercare.plans;

import io.clinicflow.kernel.Journey;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** A stored plan's facts that other features act on: whose it is, where, and when the session ended. */
public record StoredPlan(UUID sessionId, UUID clientId, ZoneId timeZone, Instant completedAt, Journey journey) {
}
