package io.clinicflow.session.sessions;

import io.clinicflow.session.bookings.TreatmentArea;

import java.math.BigDecimal;

/** How one area was treated; {@code depthReason} is null unless the depth needed one. */
public record TreatedArea(TreatmentArea area, BigDecimal needleDepthMm, int passes, String depthReason) {
}
