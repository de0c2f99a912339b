package io.clinicflow.aftercare.milestones;

import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;

/** A completed session's healing reached a milestone; {@code reachedAt} is when it fell due, whatever the hour. */
public record HealingMilestoneReached(SessionId sessionId, HealingMilestone milestone, Instant reachedAt,
                                      Journey journey) {
}
