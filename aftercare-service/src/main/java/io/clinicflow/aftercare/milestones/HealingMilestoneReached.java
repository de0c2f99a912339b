package io.clinicflow.aftercare.milestones;

import io.clinicflow.kernel.Journey;

import java.time.Instant;
import java.util.UUID;

/** A completed session's healing reached a milestone; {@code reachedAt} is when it fell due, whatever the hour. */
public record HealingMilestoneReached(UUID sessionId, HealingMilestone milestone, Instant reachedAt, Journey journey) {
}
