package io.clinicflow.session.bookings;

import java.util.Objects;
import java.util.UUID;

/** A booking, as booking-service named it; its treatment session goes by the same id. */
public record BookingId(UUID value) {

    public BookingId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
