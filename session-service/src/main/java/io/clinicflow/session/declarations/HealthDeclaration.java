package io.clinicflow.session.declarations;

import java.time.Instant;
import java.util.UUID;

/** One version of a client's health declaration; the latest one is what screening reads. */
public record HealthDeclaration(UUID id, UUID clientId, Instant submittedAt, Answers answers) {
}
