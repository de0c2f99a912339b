package io.clinicflow.booking.locations;

import io.clinicflow.kernel.RandomUuid;

import java.util.Objects;
import java.util.UUID;

public record LocationId(UUID value) {

    public LocationId {
        Objects.requireNonNull(value, "value");
    }

    public static LocationId random() {
        return new LocationId(RandomUuid.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
