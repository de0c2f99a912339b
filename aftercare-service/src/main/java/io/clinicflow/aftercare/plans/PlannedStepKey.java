package io.clinicflow.aftercare.plans;

import java.util.UUID;

/** Which step of which session's plan. */
record PlannedStepKey(UUID sessionId, AftercareStep step) {
}
