package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.sessions.SessionId;

/** Which step of which session's plan. */
record PlannedStepKey(SessionId sessionId, AftercareStep step) {
}
