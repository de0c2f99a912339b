package io.clinicflow.session.declarations;

import io.clinicflow.kernel.Journey;

import java.util.UUID;

/** A client submitted a health declaration; {@code eventId} identifies this fact on the topic too. */
public record HealthDeclarationSubmitted(UUID eventId, HealthDeclaration declaration, Journey journey) {
}
