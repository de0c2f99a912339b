package io.clinicflow.session.declarations;

import io.clinicflow.session.clients.ClientId;

import java.time.Instant;

/** One version of a client's health declaration; the latest one is what screening reads. */
public record HealthDeclaration(DeclarationId id, ClientId clientId, Instant submittedAt, Answers answers) {
}
