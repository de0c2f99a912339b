package io.clinicflow.session.clients;

import java.util.Objects;
import java.util.UUID;

/** A client, as booking-service registered them. */
public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
