package io.clinicflow.booking.crm;

import io.clinicflow.booking.bookings.Booking;
import io.clinicflow.booking.offers.FollowUpOffer;
import io.clinicflow.kernel.Journey;

import java.util.Optional;

/**
 * One step of a client's journey for the CRM: the stage, and the booking or the offer it is about. Built from the
 * booking or offer, never from a screening: nothing clinical can ride along.
 */
public record JourneyUpdate(JourneyStage stage, Optional<Booking> booking, Optional<FollowUpOffer> offer,
                            Journey journey) {

    static JourneyUpdate ofClient(Journey journey) {
        return new JourneyUpdate(JourneyStage.REGISTERED, Optional.empty(), Optional.empty(), journey);
    }

    static JourneyUpdate ofBooking(JourneyStage stage, Booking booking, Journey journey) {
        return new JourneyUpdate(stage, Optional.of(booking), Optional.empty(), journey);
    }

    static JourneyUpdate ofOffer(JourneyStage stage, FollowUpOffer offer, Optional<Booking> booking, Journey journey) {
        return new JourneyUpdate(stage, booking, Optional.of(offer), journey);
    }
}
