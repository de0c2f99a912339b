package io.clinicflow.booking.practitioners;

import io.clinicflow.kernel.RandomUuid;

import java.util.Objects;
import java.util.UUID;

public record PractitionerId(UUID value) {

    public PractitionerId {
        Objects.requireNonNull(value, "value");
    }

    public static PractitionerId random() {
        return new PractitionerId(RandomUuid.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
