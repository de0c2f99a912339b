package io.clinicflow.aftercare.templates;

import io.clinicflow.aftercare.offers.FollowUpOffer;
import io.clinicflow.aftercare.plans.TreatmentArea;

import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a message is about: the location (its locale picks the template set, its zone the slots' local time), whom it
 * greets, the areas the session treated, and the offer a FOLLOW_UP_OFFER announces.
 */
public record MessageFacts(UUID locationId, ZoneId timeZone, String firstName, Set<TreatmentArea> areas,
                           Optional<FollowUpOffer> offer) {

    public MessageFacts {
        areas = Set.copyOf(areas);
    }

    boolean treatsFace() {
        return areas.contains(TreatmentArea.FACE);
    }

    boolean treatsBody() {
        return areas.stream().anyMatch(TreatmentArea::isBody);
    }
}
