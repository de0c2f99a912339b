package io.clinicflow.aftercare.offers;

import java.util.Objects;
import java.util.UUID;

/** A follow-up offer booking-service made a client. */
public record OfferId(UUID value) {

    public OfferId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
