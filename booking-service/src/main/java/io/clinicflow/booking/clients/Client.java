package io.clinicflow.booking.clients;

import io.clinicflow.booking.locations.LocationId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** A person who books sessions. Contact details and consent only: health data lives in session-service. */
public record Client(ClientId id, String firstName, String lastName, String email, String phone,
                     LocalDate dateOfBirth, LocationId homeLocationId, Consent consent, Instant registeredAt) {

    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(homeLocationId, "homeLocationId");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }
}
