package io.clinicflow.aftercare.checkins;

import java.util.Objects;
import java.util.UUID;

/** A healing concern a check-in raised. */
public record ConcernId(UUID value) {

    public ConcernId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
