package io.clinicflow.booking.crm;

import io.clinicflow.booking.bookings.Booking;
import io.clinicflow.booking.bookings.BookingStatus;
import io.clinicflow.booking.events.CrmEvents;
import io.clinicflow.booking.offers.FollowUpOffer;
import io.clinicflow.events.Topics;
import io.clinicflow.kernel.Journey;
import io.clinicflow.messaging.Outbox;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Publishes each client's journey to the CRM topic through the outbox, in the transaction of the change it reflects
 * (ADR 0027). A booking change the CRM's coarser stage does not show publishes nothing: a repeated stage would itself
 * tell that something clinical happened.
 */
@Component
public class ClientJourneys {

    private final Outbox outbox;

    ClientJourneys(Outbox outbox) {
        this.outbox = outbox;
    }

    public void registered(Journey journey) {
        publish(JourneyUpdate.ofClient(journey));
    }

    /** A booking made or moved: BOOKED with its (new) times. */
    public void booked(Booking booking, Journey journey) {
        publish(JourneyUpdate.ofBooking(JourneyStage.BOOKED, booking, journey));
    }

    /** A booking whose status changed from {@code before}; published only if its stage changed too. */
    public void changed(BookingStatus before, Booking booking, Journey journey) {
        JourneyStage stage = JourneyStage.of(booking.status());
        if (stage != JourneyStage.of(before)) {
            publish(JourneyUpdate.ofBooking(stage, booking, journey));
        }
    }

    public void offered(FollowUpOffer offer, Journey journey) {
        publish(JourneyUpdate.ofOffer(JourneyStage.OFFERED, offer, Optional.empty(), journey));
    }

    public void offerAccepted(FollowUpOffer offer, Booking booking, Journey journey) {
        publish(JourneyUpdate.ofOffer(JourneyStage.OFFER_ACCEPTED, offer, Optional.of(booking), journey));
    }

    public void offerExpired(FollowUpOffer offer, Journey journey) {
        publish(JourneyUpdate.ofOffer(JourneyStage.OFFER_EXPIRED, offer, Optional.empty(), journey));
    }

    /**
     * The client was erased: a tombstone under their key tells CRM subscribers to delete what they hold of them (GDPR
     * asks us to tell the recipients of personal data; ADR 0030). Earlier records carry ids, dates and stages only.
     */
    public void erased(Journey journey) {
        outbox.appendTombstone(Topics.CRM_CLIENT_JOURNEY, journey);
    }

    private void publish(JourneyUpdate update) {
        outbox.append(CrmEvents.of(update, outbox));
    }
}
