package io.clinicflow.aftercare.offers;

import io.clinicflow.aftercare.sessions.SessionId;

import java.util.List;

/** booking-service's offer of free slots for the session after this one (or maintenance), as the client hears it. */
public record FollowUpOffer(OfferId offerId, SessionId sessionId, List<OfferedSlot> slots) {

    public FollowUpOffer {
        slots = List.copyOf(slots);
    }
}
