package io.clinicflow.booking.clients;

import io.clinicflow.booking.locations.LocationId;

import java.time.Instant;

/** What is left of a client who asked to be forgotten: who, where, when; nothing personal (ADR 0030). */
public record ErasedClient(ClientId id, LocationId homeLocationId, Instant erasedAt) {
}
