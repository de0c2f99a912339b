package io.clinicflow.booking.clients;

import io.clinicflow.kernel.Journey;

import java.time.Instant;

/** The client asked to be forgotten; every service erases what it holds of them (ADR 0030). */
public record ClientErasureRequested(ClientId clientId, Instant requestedAt, Journey journey) {
}
