package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.sessions.SessionId;

import java.time.Instant;
import java.util.List;

/** Durably arranges for a plan's step to run when it falls due; called inside the plan's transaction. */
public interface StepTimer {

    /** Schedules the step once: scheduling a step that is already scheduled changes nothing. */
    void schedule(SessionId sessionId, AftercareStep step, Instant runsAt);

    /**
     * Schedules the steps of a plan stored in this same transaction, in one round trip: none of them can be on the
     * schedule yet (a plan is stored once), so there is nothing to look up first.
     */
    void scheduleNewPlan(SessionId sessionId, List<PlannedStep> steps);

    /** Takes the step off the schedule if it is still waiting there; a step already running checks its rows. */
    void cancel(SessionId sessionId, AftercareStep step);
}
