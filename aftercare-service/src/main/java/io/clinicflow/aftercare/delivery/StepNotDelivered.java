package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.AftercareStep;

import java.util.UUID;

/** A message of the step failed and has attempts left: db-scheduler runs the step again after a back-off. */
class StepNotDelivered extends RuntimeException {

    StepNotDelivered(UUID sessionId, AftercareStep step) {
        super("A message of step " + step + " of session " + sessionId + " failed; it is retried after a back-off");
    }
}
