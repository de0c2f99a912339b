package io.clinicflow.booking;

import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.common.ReviewDecision;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.ScreeningReviewed;
import io.clinicflow.avro.session.SessionAbandoned;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.avro.session.SessionStarted;
import io.clinicflow.testkit.ContractEvents;
import org.apache.avro.specific.SpecificRecord;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What session-service and aftercare-service would say about a booking, in the words booking-service's tests use;
 * built and sent by the testkit's {@link ContractEvents}.
 */
public final class ForeignEvents {

    private final ContractEvents events;

    public ForeignEvents(String client, String location) {
        this.events = ContractEvents.of(client, location);
    }

    /** Sends the event on its own topic, as its producer's outbox relay would. */
    public void publish(SpecificRecord event) {
        ContractEvents.publish(event);
    }

    public ScreeningCompleted screening(String booking, ScreeningOutcome outcome, List<String> reasons,
                                        LocalDate earliestEligibleDate) {
        return events.screeningCompleted(booking, outcome).setReasonCodes(reasons)
                .setEarliestEligibleDate(earliestEligibleDate).build();
    }

    public ScreeningCompleted cleared(String booking) {
        return events.screeningCompleted(booking, ScreeningOutcome.CLEARED).build();
    }

    public SessionStarted started(String booking) {
        EventMetadata meta = events.meta(SessionStarted.class);
        return new SessionStarted(meta, booking, meta.getOccurredAt());
    }

    public SessionCompleted completed(String booking, String practitioner) {
        return events.sessionCompleted(booking).setPractitionerId(practitioner).build();
    }

    public ScreeningReviewed reviewed(String booking, ReviewDecision decision, String reviewer) {
        ScreeningOutcome outcome = decision == ReviewDecision.APPROVE ? ScreeningOutcome.CLEARED : ScreeningOutcome.DECLINED;
        return new ScreeningReviewed(events.meta(ScreeningReviewed.class), UUID.randomUUID().toString(), booking,
                decision, outcome, reviewer);
    }

    public SessionAbandoned abandoned(String booking, String course) {
        EventMetadata meta = events.meta(SessionAbandoned.class);
        return new SessionAbandoned(meta, booking, meta.getOccurredAt(), "ADVERSE_REACTION", course);
    }

    public HealingMilestoneReached milestone(String session, HealingMilestone milestone) {
        return events.healingMilestoneReached(session, milestone).build();
    }
}
