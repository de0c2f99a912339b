package io.clinicflow.aftercare.events;

import io.clinicflow.aftercare.checkins.HealingCheckInRecorded;
import io.clinicflow.aftercare.checkins.HealingConcernRaised;
import io.clinicflow.aftercare.delivery.AftercareMessageFailed;
import io.clinicflow.aftercare.delivery.AftercareMessageSent;
import io.clinicflow.aftercare.milestones.HealingMilestoneReached;
import io.clinicflow.aftercare.plans.AftercarePlanStarted;
import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.common.MessageChannel;
import io.clinicflow.messaging.Outbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes Avro of aftercare's domain events and appends them to the outbox. Plain {@link EventListener}s run in the
 * publishing use case's thread, so the event is stored in the transaction of the state change that caused it.
 */
@Component
class AftercareEventsAvro {

    private final Outbox outbox;

    AftercareEventsAvro(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(AftercarePlanStarted event) {
        outbox.append(io.clinicflow.avro.aftercare.AftercarePlanStarted.newBuilder()
                .setMeta(outbox.stamp("AftercarePlanStarted", event.journey()))
                .setSessionId(event.sessionId().toString())
                .setSteps(event.steps().stream().map(step -> AftercareStep.valueOf(step.name())).toList())
                .build());
    }

    @EventListener
    void on(AftercareMessageSent event) {
        outbox.append(io.clinicflow.avro.aftercare.AftercareMessageSent.newBuilder()
                .setMeta(outbox.stamp("AftercareMessageSent", event.journey()))
                .setMessageId(event.messageId().toString())
                .setSessionId(event.sessionId().toString())
                .setStep(AftercareStep.valueOf(event.step().name()))
                .setChannel(MessageChannel.valueOf(event.channel().name()))
                .setSentAt(event.sentAt())
                .build());
    }

    @EventListener
    void on(HealingMilestoneReached event) {
        outbox.append(io.clinicflow.avro.aftercare.HealingMilestoneReached.newBuilder()
                .setMeta(outbox.stamp("HealingMilestoneReached", event.journey()))
                .setSessionId(event.sessionId().toString())
                .setMilestone(HealingMilestone.valueOf(event.milestone().name()))
                .setReachedAt(event.reachedAt())
                .build());
    }

    @EventListener
    void on(AftercareMessageFailed event) {
        outbox.append(io.clinicflow.avro.aftercare.AftercareMessageFailed.newBuilder()
                .setMeta(outbox.stamp("AftercareMessageFailed", event.journey()))
                .setMessageId(event.messageId().toString())
                .setSessionId(event.sessionId().toString())
                .setStep(AftercareStep.valueOf(event.step().name()))
                .setChannel(MessageChannel.valueOf(event.channel().name()))
                .setFailedAt(event.failedAt())
                .setAttempts(event.attempts())
                .setFailure(event.failure())
                .build());
    }

    @EventListener
    void on(HealingCheckInRecorded event) {
        outbox.append(io.clinicflow.avro.aftercare.HealingCheckInRecorded.newBuilder()
                .setMeta(outbox.stamp("HealingCheckInRecorded", event.journey()))
                .setCheckInId(event.checkInId().toString())
                .setSessionId(event.sessionId().toString())
                .setRecordedAt(event.recordedAt())
                .setRedness(event.checkIn().redness())
                .setSwelling(event.checkIn().swelling())
                .setPain(event.checkIn().pain())
                .setSignsOfInfection(event.checkIn().signsOfInfection())
                .setConcernRaised(event.concernRaised())
                .build());
    }

    @EventListener
    void on(HealingConcernRaised event) {
        outbox.append(io.clinicflow.avro.aftercare.HealingConcernRaised.newBuilder()
                .setMeta(outbox.stamp("HealingConcernRaised", event.journey()))
                .setConcernId(event.concernId().toString())
                .setCheckInId(event.checkInId().toString())
                .setSessionId(event.sessionId().toString())
                .setRaisedAt(event.raisedAt())
                .setReasons(event.reasons())
                .build());
    }
}
