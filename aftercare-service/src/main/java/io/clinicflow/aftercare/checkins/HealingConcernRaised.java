package io.clinicflow.aftercare.checkins;

import io.clinicflow.kernel.Journey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A check-in showed a healing concern; the session's milestones wait until a practitioner resolves it. */
public record HealingConcernRaised(UUID concernId, UUID checkInId, UUID sessionId, Instant raisedAt,
                                   List<String> reasons, Journey journey) {

    public HealingConcernRaised {
        reasons = List.copyOf(reasons);
    }
}
