package io.clinicflow.booking.offers;

import io.clinicflow.kernel.RandomUuid;

import java.util.Objects;
import java.util.UUID;

public record OfferId(UUID value) {

    public OfferId {
        Objects.requireNonNull(value, "value");
    }

    public static OfferId random() {
        return new OfferId(RandomUuid.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
