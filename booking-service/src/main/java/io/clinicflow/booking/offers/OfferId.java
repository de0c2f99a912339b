package io.clinicflow.booking.offers;

import java.util.Objects;
import java.util.UUID;

public record OfferId(UUID value) {

    public OfferId {
        Objects.requireNonNull(value, "value");
    }

    public static OfferId random() {
        return new OfferId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
