package io.clinicflow.aftercare.plans;

/** How a message reaches the client. */
public enum Channel {
    EMAIL,
    SMS
}
