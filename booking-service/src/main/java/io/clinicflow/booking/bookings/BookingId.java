package io.clinicflow.booking.bookings;

import io.clinicflow.kernel.RandomUuid;

import java.util.Objects;
import java.util.UUID;

public record BookingId(UUID value) {

    public BookingId {
        Objects.requireNonNull(value, "value");
    }

    public static BookingId random() {
        return new BookingId(RandomUuid.next());
    }

    public static BookingId of(String value) {
        return new BookingId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
