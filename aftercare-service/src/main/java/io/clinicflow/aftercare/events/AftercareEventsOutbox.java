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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns aftercare's domain events into Avro and appends them to the outbox, in the transaction of the use case that
 * published them (a plain {@link EventListener} runs in the publisher's thread). It listens first, so an event is
 * queued before anything its in-process reactions cause; the outbox stamps each record's metadata.
 */
@Component
class AftercareEventsOutbox {

    private final Outbox outbox;

    AftercareEventsOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(AftercarePlanStarted event) {
        outbox.append(event.journey(), meta -> io.clinicflow.avro.aftercare.AftercarePlanStarted.newBuilder()
                .setMeta(meta)
                .setSessionId(event.sessionId().toString())
                .setSteps(event.steps().stream().map(step -> AftercareStep.valueOf(step.name())).toList())
                .build());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(AftercareMessageSent event) {
        outbox.append(event.journey(), meta -> io.clinicflow.avro.aftercare.AftercareMessageSent.newBuilder()
                .setMeta(meta)
                .setMessageId(event.messageId().toString())
                .setSessionId(event.sessionId().toString())
                .setStep(AftercareStep.valueOf(event.step().name()))
                .setChannel(MessageChannel.valueOf(event.channel().name()))
                .setSentAt(event.sentAt())
                .build());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(HealingMilestoneReached event) {
        outbox.append(event.journey(), meta -> io.clinicflow.avro.aftercare.HealingMilestoneReached.newBuilder()
                .setMeta(meta)
                .setSessionId(event.sessionId().toString())
                .setMilestone(HealingMilestone.valueOf(event.milestone().name()))
                .setReachedAt(event.reachedAt())
                .build());
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(AftercareMessageFailed event) {
        outbox.append(event.journey(), meta -> io.clinicflow.avro.aftercare.AftercareMessageFailed.newBuilder()
                .setMeta(meta)
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
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(HealingCheckInRecorded event) {
        outbox.append(event.journey(), meta -> io.clinicflow.avro.aftercare.HealingCheckInRecorded.newBuilder()
                .setMeta(meta)
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
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(HealingConcernRaised event) {
        outbox.append(event.journey(), meta -> io.clinicflow.avro.aftercare.HealingConcernRaised.newBuilder()
                .setMeta(meta)
                .setConcernId(event.concernId().toString())
                .setCheckInId(event.checkInId().toString())
                .setSessionId(event.sessionId().toString())
                .setRaisedAt(event.raisedAt())
                .setReasons(event.reasons())
                .build());
    }
}
