package io.clinicflow.session.sessions;

import java.time.Instant;

/** Why and when a started session was stopped; {@code note} may be null. */
public record Abandonment(AbandonReason reason, String note, Instant abandonedAt) {
}
