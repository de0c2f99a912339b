package io.clinicflow.aftercare.plans;

/** Where a planned message stands; SKIPPED rows are kept so the plan shows why a channel stays silent. */
public enum MessageStatus {
    SCHEDULED,
    SENT,
    SKIPPED,
    FAILED,
    CANCELLED
}
