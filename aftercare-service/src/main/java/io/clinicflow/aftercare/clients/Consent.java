package io.clinicflow.aftercare.clients;

/** Which channels the client agreed to be contacted on. */
public record Consent(boolean email, boolean sms) {
}
