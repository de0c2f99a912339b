package io.clinicflow.aftercare.milestones;

import java.time.ZonedDateTime;
import java.util.UUID;

/** A milestone a session reached, at its location's local time. */
public record ReachedMilestone(HealingMilestone milestone, UUID sessionId, ZonedDateTime reachedAt) {
}
