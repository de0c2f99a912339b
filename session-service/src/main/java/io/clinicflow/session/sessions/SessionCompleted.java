package io.clinicflow.session.sessions;

import io.clinicflow.session.bookings.Booking;

import java.math.BigDecimal;
import java.time.Instant;

/** A treatment session was completed and its record kept. */
public record SessionCompleted(Booking booking, TreatmentRecord treatment, Instant completedAt) {

    public DepthBand depthBand() {
        return DepthBand.of(treatment.areas().stream().map(TreatedArea::needleDepthMm)
                .max(BigDecimal::compareTo).orElseThrow());
    }
}
