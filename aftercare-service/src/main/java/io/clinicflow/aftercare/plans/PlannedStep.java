package io.clinicflow.aftercare.plans;

import java.time.ZonedDateTime;

/** When a step of a plan runs: a message's time after any quiet-hours move, a milestone's due time. */
public record PlannedStep(AftercareStep step, ZonedDateTime runsAt) {
}
