package io.clinicflow.session.clients;

import java.time.LocalDate;
import java.util.UUID;

/** What session-service knows of a client: enough for the age rule and to place their events at a location. */
public record Client(UUID id, LocalDate dateOfBirth, String homeLocationId) {
}
