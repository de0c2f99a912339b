package io.clinicflow.aftercare.offers;

import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.PoisonEventException;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

@Component
@KafkaListener(id = "aftercare-offers-on-booking-events", topics = Topics.BOOKING_EVENTS)
class FollowUpOfferedListener {                         // the generated Avro types stop here

    private final FollowUpOffers offers;

    FollowUpOfferedListener(FollowUpOffers offers) {
        this.offers = offers;
    }

    @KafkaHandler
    void on(FollowUpOffered avro) {
        offers.announce(offerOf(avro), avro.getMeta().getEventId());
    }

    private static FollowUpOffer offerOf(FollowUpOffered avro) {
        try {
            return new FollowUpOffer(UUID.fromString(avro.getOfferId()), UUID.fromString(avro.getSessionId()),
                    avro.getSlots().stream().map(slot -> new OfferedSlot(slot.getStartsAt(), slot.getEndsAt(),
                            UUID.fromString(slot.getPractitionerId()))).toList());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("FollowUpOffered " + avro.getMeta().getEventId() + " with an id that is "
                    + "no UUID: " + e.getMessage());
        }
    }

    @KafkaHandler(isDefault = true)
    void skip(Object otherBookingEvent) {}              // registrations and cancellations have their own listeners
}
