package io.clinicflow.aftercare.plans;

import io.clinicflow.kernel.Journey;

import java.util.List;
import java.util.UUID;

/** The aftercare plan of a completed session was scheduled, with these steps. */
public record AftercarePlanStarted(UUID sessionId, List<AftercareStep> steps, Journey journey) {

    public AftercarePlanStarted {
        steps = List.copyOf(steps);
    }
}
