package io.clinicflow.booking.clients;

import io.clinicflow.kernel.RandomUuid;

import java.util.Objects;
import java.util.UUID;

public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    public static ClientId random() {
        return new ClientId(RandomUuid.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
