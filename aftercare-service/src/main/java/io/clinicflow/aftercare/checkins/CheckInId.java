package io.clinicflow.aftercare.checkins;

import java.util.Objects;
import java.util.UUID;

/** A client's healing check-in. */
public record CheckInId(UUID value) {

    public CheckInId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
