package io.clinicflow.aftercare.offers;

import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.EventFields;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

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
        EventMetadata meta = avro.getMeta();
        return new FollowUpOffer(new OfferId(EventFields.uuid(meta, "offerId", avro.getOfferId())),
                new SessionId(EventFields.uuid(meta, "sessionId", avro.getSessionId())),
                avro.getSlots().stream().map(slot -> new OfferedSlot(slot.getStartsAt(), slot.getEndsAt(),
                        EventFields.uuid(meta, "practitionerId", slot.getPractitionerId()))).toList());
    }

    @KafkaHandler(isDefault = true)
    void skip(Object otherBookingEvent) {}              // registrations and cancellations have their own listeners
}
