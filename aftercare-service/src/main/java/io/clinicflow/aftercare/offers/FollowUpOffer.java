package io.clinicflow.aftercare.offers;

import java.util.List;
import java.util.UUID;

/** booking-service's offer of free slots for the session after this one (or maintenance), as the client hears it. */
public record FollowUpOffer(UUID offerId, UUID sessionId, List<OfferedSlot> slots) {

    public FollowUpOffer {
        slots = List.copyOf(slots);
    }
}
