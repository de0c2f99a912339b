package io.clinicflow.session.reviews;

import io.clinicflow.kernel.Journey;

/** A practitioner reviewed a screening; booking-service treats its outcome like a new screening's. */
public record ScreeningReviewed(ScreeningReview review, Journey journey) {
}
