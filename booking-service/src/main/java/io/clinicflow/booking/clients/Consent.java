package io.clinicflow.booking.clients;

/** The channels a client agreed to be contacted on (aftercare messages, offers). */
public record Consent(boolean email, boolean sms) {
}
