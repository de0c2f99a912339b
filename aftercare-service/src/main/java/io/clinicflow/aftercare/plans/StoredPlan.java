package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;
import java.time.ZoneId;

/** A stored plan's facts that other features act on: whose it is, where, and when the session ended. */
public record StoredPlan(SessionId sessionId, ClientId clientId, ZoneId timeZone, Instant completedAt,
                         Journey journey) {
}
