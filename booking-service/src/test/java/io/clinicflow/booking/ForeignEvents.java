package io.clinicflow.booking;

import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.common.ReviewDecision;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.ScreeningReviewed;
import io.clinicflow.avro.session.SessionAbandoned;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.avro.session.SessionStarted;
import io.clinicflow.events.EventCatalog;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.TopicProbe;
import org.apache.avro.specific.SpecificRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What session-service and aftercare-service would publish about a booking, sent as real Avro records. */
public final class ForeignEvents {

    private static final SingleObjectCodec CODEC = SingleObjectCodec.shipped();

    private final TopicProbe topics = TopicProbe.of(ClinicInfrastructure.shared());
    private final String client;
    private final String location;

    public ForeignEvents(String client, String location) {
        this.client = client;
        this.location = location;
    }

    public void publish(String topic, SpecificRecord event) {
        topics.sendRaw(topic, EventCatalog.metaOf(event).getClientId(), CODEC.encode(event));
    }

    public ScreeningCompleted screening(String booking, ScreeningOutcome outcome, List<String> reasons,
                                        LocalDate earliestEligibleDate) {
        // the builder fills fields added since (their defaults), as any producer on an older schema would
        return ScreeningCompleted.newBuilder().setMeta(meta("ScreeningCompleted", "session-service"))
                .setScreeningId(UUID.randomUUID().toString()).setBookingId(booking).setOutcome(outcome)
                .setReasonCodes(reasons).setEarliestEligibleDate(earliestEligibleDate).setRuleSetVersion("2026.1").build();
    }

    public ScreeningCompleted cleared(String booking) {
        return screening(booking, ScreeningOutcome.CLEARED, List.of(), null);
    }

    public SessionStarted started(String booking) {
        return new SessionStarted(meta("SessionStarted", "session-service"), booking, now());
    }

    public SessionCompleted completed(String booking, String practitioner) {
        return new SessionCompleted(meta("SessionCompleted", "session-service"), booking, practitioner, now(),
                "Europe/London", List.of(TreatmentArea.FACE), "MEDIUM",
                UUID.randomUUID().toString(), 1, 3);
    }

    public ScreeningReviewed reviewed(String booking, ReviewDecision decision, String reviewer) {
        ScreeningOutcome outcome = decision == ReviewDecision.APPROVE ? ScreeningOutcome.CLEARED : ScreeningOutcome.DECLINED;
        return new ScreeningReviewed(meta("ScreeningReviewed", "session-service"), UUID.randomUUID().toString(), booking,
                decision, outcome, reviewer);
    }

    public SessionAbandoned abandoned(String booking, String course) {
        return new SessionAbandoned(meta("SessionAbandoned", "session-service"), booking, now(), "ADVERSE_REACTION",
                course);
    }

    public HealingMilestoneReached milestone(String session, HealingMilestone milestone) {
        return new HealingMilestoneReached(meta("HealingMilestoneReached", "aftercare-service"), session, milestone, now());
    }

    private EventMetadata meta(String type, String producer) {
        return new EventMetadata(UUID.randomUUID().toString(), type, now(), producer, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), location, client);
    }

    private static Instant now() {
        return ClinicInfrastructure.shared().clock().instant();
    }
}
