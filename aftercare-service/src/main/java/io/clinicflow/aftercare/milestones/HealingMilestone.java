package io.clinicflow.aftercare.milestones;

/** A point in a client's healing that others act on (booking-service offers a session on NEXT_SESSION_ELIGIBLE). */
public enum HealingMilestone {
    HEALING_CHECK_PASSED,
    NEXT_SESSION_ELIGIBLE,
    MAINTENANCE_DUE
}
