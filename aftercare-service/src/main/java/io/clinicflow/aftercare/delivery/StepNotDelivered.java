package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.sessions.SessionId;

/** A message of the step failed and has attempts left: db-scheduler runs the step again after a back-off. */
class StepNotDelivered extends RuntimeException {

    StepNotDelivered(SessionId sessionId, AftercareStep step) {
        super("A message of step " + step + " of session " + sessionId + " failed; it is retried after a back-off");
    }
}
