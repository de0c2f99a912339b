package io.clinicflow.session.screening;

import io.clinicflow.kernel.RandomUuid;

import java.util.Objects;
import java.util.UUID;

/** One screening of a booking. */
public record ScreeningId(UUID value) {

    public ScreeningId {
        Objects.requireNonNull(value, "value");
    }

    public static ScreeningId random() {
        return new ScreeningId(RandomUuid.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
