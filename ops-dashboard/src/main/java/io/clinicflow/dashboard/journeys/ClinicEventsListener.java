package io.clinicflow.dashboard.journeys;

import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.FollowUpOfferAccepted;
import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.dashboard.feed.FeedPositions;
import io.clinicflow.dashboard.feed.FirstStartWindow;
import io.clinicflow.dashboard.feed.ResumeWhereProjected;
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.Topics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Every event of the three event topics, mapped to ids (from {@code meta}) and a funnel stage: Avro stops here. */
@Component
class ClinicEventsListener extends ResumeWhereProjected {

    private final JourneyProjection journeys;

    ClinicEventsListener(JourneyProjection journeys, FeedPositions positions, FirstStartWindow window) {
        super(positions, window);
        this.journeys = journeys;
    }

    @KafkaListener(id = "ops-dashboard-events", groupId = GROUP,
            topics = {Topics.BOOKING_EVENTS, Topics.SESSION_EVENTS, Topics.AFTERCARE_EVENTS})
    void on(ConsumerRecord<String, SpecificRecord> record) {
        project(record, () -> journeys.observe(summaryOf(record.topic(), EventCatalog.metaOf(record.value())),
                markOf(record.value())));
    }

    /** The shown fields, listed one by one: ids, type and time from meta, nothing from the event body. */
    private static JourneyEvent summaryOf(String topic, EventMetadata meta) {
        return new JourneyEvent(meta.getEventId(), meta.getEventType(), topic, meta.getClientId(),
                meta.getLocationId(), meta.getCorrelationId(), meta.getOccurredAt());
    }

    static Optional<FunnelMark> markOf(SpecificRecord event) {
        return Optional.ofNullable(switch (event) {
            case SessionBooked booked -> FunnelMark.of(FunnelStage.BOOKED);
            case ScreeningCompleted screening -> new FunnelMark(FunnelStage.SCREENED, screening.getOutcome().name());
            case BookingConfirmed confirmed -> FunnelMark.of(FunnelStage.CONFIRMED);
            case SessionCompleted completed -> FunnelMark.of(FunnelStage.COMPLETED);
            case AftercareMessageSent sent -> FunnelMark.of(FunnelStage.AFTERCARE_SENT);
            case HealingMilestoneReached reached ->
                    new FunnelMark(FunnelStage.MILESTONE_REACHED, reached.getMilestone().name());
            case FollowUpOffered offered -> FunnelMark.of(FunnelStage.OFFERED);
            case FollowUpOfferAccepted accepted -> FunnelMark.of(FunnelStage.ACCEPTED);
            default -> null;
        });
    }
}
