package io.clinicflow.aftercare.checkins;

import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;
import java.util.List;

/** A check-in showed a healing concern; the session's milestones wait until a practitioner resolves it. */
public record HealingConcernRaised(ConcernId concernId, CheckInId checkInId, SessionId sessionId, Instant raisedAt,
                                   List<String> reasons, Journey journey) {

    public HealingConcernRaised {
        reasons = List.copyOf(reasons);
    }
}
