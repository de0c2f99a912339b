package io.clinicflow.aftercare.milestones;

import io.clinicflow.aftercare.sessions.SessionId;

import java.time.ZonedDateTime;

/** A milestone a session reached, at its location's local time. */
public record ReachedMilestone(HealingMilestone milestone, SessionId sessionId, ZonedDateTime reachedAt) {
}
