package io.clinicflow.dashboard;

import io.clinicflow.avro.aftercare.AftercareMessageSent;
import io.clinicflow.avro.aftercare.HealingCheckInRecorded;
import io.clinicflow.avro.aftercare.HealingMilestoneReached;
import io.clinicflow.avro.booking.BookingConfirmed;
import io.clinicflow.avro.booking.FollowUpOfferAccepted;
import io.clinicflow.avro.booking.FollowUpOffered;
import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.common.MessageChannel;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.common.TimeSlot;
import io.clinicflow.avro.common.TreatmentArea;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.testkit.ClinicInfrastructure;
import io.clinicflow.testkit.ContractEvents;
import org.apache.avro.specific.SpecificRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * One client's journey at one location as the three services would publish it: real Avro records, encoded with the
 * shipped codec, keyed by clientId. Each event occurs {@code minutesIn} minutes after the journey began.
 */
public final class ClinicEvents {

    public final String client = UUID.randomUUID().toString();
    public final String correlation;
    public final String booking = UUID.randomUUID().toString();
    private final ContractEvents journey;
    private final Instant began = ClinicInfrastructure.shared().clock().instant();

    public ClinicEvents(String location) {
        this.journey = ContractEvents.of(client, location);
        this.correlation = journey.correlationId();
    }

    public void publish(SpecificRecord... events) {
        ContractEvents.publish(events);
    }

    public SessionBooked booked(int minutesIn) {
        Instant startsAt = at(minutesIn).plus(Duration.ofDays(7));
        return new SessionBooked(meta(SessionBooked.class, minutesIn), booking, UUID.randomUUID().toString(),
                startsAt, startsAt.plus(Duration.ofHours(1)), "Europe/London", List.of(TreatmentArea.FACE), List.of(),
                UUID.randomUUID().toString(), 1, 3);
    }

    public ScreeningCompleted screened(int minutesIn, ScreeningOutcome outcome, List<String> reasonCodes) {
        return ScreeningCompleted.newBuilder().setMeta(meta(ScreeningCompleted.class, minutesIn))
                .setScreeningId(UUID.randomUUID().toString()).setBookingId(booking).setOutcome(outcome)
                .setReasonCodes(reasonCodes).setRuleSetVersion("2026.1").build();
    }

    public BookingConfirmed confirmed(int minutesIn) {
        return new BookingConfirmed(meta(BookingConfirmed.class, minutesIn), booking);
    }

    public SessionCompleted completed(int minutesIn) {
        return new SessionCompleted(meta(SessionCompleted.class, minutesIn), booking,
                UUID.randomUUID().toString(), at(minutesIn), "Europe/London", List.of(TreatmentArea.FACE), "MEDIUM",
                UUID.randomUUID().toString(), 1, 3);
    }

    public AftercareMessageSent aftercareSent(int minutesIn, AftercareStep step) {
        return new AftercareMessageSent(meta(AftercareMessageSent.class, minutesIn),
                UUID.randomUUID().toString(), booking, step, MessageChannel.EMAIL, at(minutesIn));
    }

    public HealingCheckInRecorded checkedIn(int minutesIn, int redness, int swelling, int pain) {
        return new HealingCheckInRecorded(meta(HealingCheckInRecorded.class, minutesIn),
                UUID.randomUUID().toString(), booking, at(minutesIn), redness, swelling, pain, false, false);
    }

    public HealingMilestoneReached milestone(int minutesIn, HealingMilestone milestone) {
        return new HealingMilestoneReached(meta(HealingMilestoneReached.class, minutesIn), booking,
                milestone, at(minutesIn));
    }

    public FollowUpOffered offered(int minutesIn, String offer) {
        Instant slot = at(minutesIn).plus(Duration.ofDays(30));
        return new FollowUpOffered(meta(FollowUpOffered.class, minutesIn), offer, booking,
                HealingMilestone.NEXT_SESSION_ELIGIBLE, slot.atZone(ZoneOffset.UTC).toLocalDate(),
                slot.plus(Duration.ofDays(14)).atZone(ZoneOffset.UTC).toLocalDate(),
                List.of(new TimeSlot(slot, slot.plus(Duration.ofHours(1)), UUID.randomUUID().toString())));
    }

    public FollowUpOfferAccepted accepted(int minutesIn, String offer) {
        return new FollowUpOfferAccepted(meta(FollowUpOfferAccepted.class, minutesIn), offer,
                UUID.randomUUID().toString(), at(minutesIn).plus(Duration.ofDays(30)));
    }

    private EventMetadata meta(Class<? extends SpecificRecord> type, int minutesIn) {
        return journey.meta(type, at(minutesIn));
    }

    private Instant at(int minutesIn) {
        return began.plus(Duration.ofMinutes(minutesIn));
    }
}
