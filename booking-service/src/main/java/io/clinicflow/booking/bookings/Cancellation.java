package io.clinicflow.booking.bookings;

import java.time.Instant;
import java.util.Objects;

/** Who cancelled a booking, when, and (operational wording only) why. */
public record Cancellation(CancelledBy cancelledBy, String reason, Instant cancelledAt) {

    public Cancellation {
        Objects.requireNonNull(cancelledBy, "cancelledBy");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
    }
}
