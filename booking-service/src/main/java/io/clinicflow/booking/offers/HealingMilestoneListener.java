package io.clinicflow.booking.offers;

import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.booking.bookings.BookingId;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.EventFields;
import io.clinicflow.messaging.EventJourney;
import io.clinicflow.messaging.PoisonEventException;
import io.clinicflow.kernel.NotFoundException;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** aftercare-service's milestones that call for a follow-up offer. Avro stops here. */
@Component
@KafkaListener(id = HealingMilestoneListener.ID, topics = Topics.AFTERCARE_EVENTS)
class HealingMilestoneListener {

    static final String ID = "booking-on-aftercare-events";

    private final FollowUpOffers followUpOffers;

    HealingMilestoneListener(FollowUpOffers followUpOffers) {
        this.followUpOffers = followUpOffers;
    }

    @KafkaHandler
    void on(HealingMilestoneReached avro) {
        HealingMilestone milestone = switch (avro.getMilestone()) {
            case NEXT_SESSION_ELIGIBLE -> HealingMilestone.NEXT_SESSION_ELIGIBLE;
            case MAINTENANCE_DUE -> HealingMilestone.MAINTENANCE_DUE;
            case HEALING_CHECK_PASSED, RESULTS_REVIEW_DUE -> null;
        };
        if (milestone == null) {
            return; // no offer follows these milestones
        }
        BookingId session = new BookingId(EventFields.uuid(avro.getMeta(), "sessionId", avro.getSessionId()));
        try {
            followUpOffers.offer(new MilestoneReached(avro.getMeta().getEventId(), session, milestone,
                    avro.getReachedAt(), EventJourney.of(avro.getMeta())));
        } catch (NotFoundException e) {
            throw new PoisonEventException("Milestone of an unknown session: " + e.getMessage());
        }
    }

    @KafkaHandler(isDefault = true)
    void skip(Object otherAftercareEvent) {
        // plans, messages, check-ins: not booking's business
    }
}
