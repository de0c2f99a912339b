package io.clinicflow.aftercare.offers;

import java.time.Instant;
import java.util.UUID;

/** A free slot of an offer. */
public record OfferedSlot(Instant startsAt, Instant endsAt, UUID practitionerId) {
}
