package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;

import java.util.List;

/** The aftercare plan of a completed session was scheduled, with these steps. */
public record AftercarePlanStarted(SessionId sessionId, List<AftercareStep> steps, Journey journey) {

    public AftercarePlanStarted {
        steps = List.copyOf(steps);
    }
}
