package io.clinicflow.booking.offers;

import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.booking.bookings.BookingId;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.EventBatches;
import io.clinicflow.messaging.EventFields;
import io.clinicflow.messaging.EventJourney;
import io.clinicflow.messaging.PoisonEventException;
import io.clinicflow.kernel.NotFoundException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * aftercare-service's milestones that call for a follow-up offer; a poll's records in one transaction (EventBatches,
 * ADR 0053). Avro stops here.
 */
@Component
class HealingMilestoneListener {

    static final String ID = "booking-on-aftercare-events";

    private final FollowUpOffers followUpOffers;
    private final EventBatches batches;

    HealingMilestoneListener(FollowUpOffers followUpOffers, EventBatches batches) {
        this.followUpOffers = followUpOffers;
        this.batches = batches;
    }

    @KafkaListener(id = ID, topics = Topics.AFTERCARE_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        batches.handle(records, this::handle);
    }

    private void handle(Object event) {
        switch (event) {
            case HealingMilestoneReached reached -> offerFollowUp(reached);
            default -> {
                // plans, messages, check-ins: not booking's business
            }
        }
    }

    private void offerFollowUp(HealingMilestoneReached avro) {
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
}
