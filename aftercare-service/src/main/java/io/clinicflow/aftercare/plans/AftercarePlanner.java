package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientContact;
import io.clinicflow.aftercare.clients.ClientContacts;
import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.messaging.Inbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Starts, extends and stops the aftercare of completed sessions; each change stored and scheduled at once. */
@Service
public class AftercarePlanner {

    private static final String CONSUMER = "aftercare-plans";
    private static final String CANCELLATIONS = "aftercare-course-cancellations";

    private final Inbox inbox;
    private final ClientContacts clients;
    private final AftercarePlans plans;
    private final StepTimer timer;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Without a gateway URL SMS rows are planned as SKIPPED, with a note saying so. */
    private final boolean smsGateway;

    AftercarePlanner(Inbox inbox, ClientContacts clients, AftercarePlans plans, StepTimer timer,
                     ApplicationEventPublisher events, Clock clock,
                     @Value("${clinicflow.sms.gateway-url:}") String smsGatewayUrl) {
        this.inbox = inbox;
        this.clients = clients;
        this.plans = plans;
        this.timer = timer;
        this.events = events;
        this.clock = clock;
        this.smsGateway = !smsGatewayUrl.isBlank();
    }

    /**
     * Plans the session's aftercare once, whether its SessionCompleted is redelivered or re-sent with a new id. An
     * erased client gets none: nothing to plan, nothing to wait for (ADR 0030).
     */
    @Transactional
    public void start(CompletedSession session, String eventId) {
        if (!inbox.firstDelivery(CONSUMER, eventId) || clients.erased(session.clientId())) {
            return;
        }
        ClientContact client = clients.find(session.clientId())
                .orElseThrow(() -> new ClientNotRegisteredYet(session.clientId()));
        AftercarePlan plan = AftercarePlan.of(session, ChannelAccess.of(client, smsGateway), QuietHours.defaults());
        if (!plans.save(session, plan, clock.instant())) {
            return;
        }
        timer.scheduleNewPlan(session.sessionId(), plan.stepsToRun());
        events.publishEvent(new AftercarePlanStarted(session.sessionId(), plan.stepNames(), session.journey()));
    }

    /**
     * Adds a message step to a stored plan (a FOLLOW_UP_OFFER), due now or at the end of quiet hours, on the channels
     * the client consented to; a step the plan already has changes nothing. Called inside the caller's transaction.
     */
    public void addMessageStep(StoredPlan plan, AftercareStep step) {
        Optional<ClientContact> contact = clients.find(plan.clientId());
        if (contact.isEmpty()) {
            return; // erased since the plan started: their plans are stopped, no new messages (ADR 0030)
        }
        ClientContact client = contact.get();
        var now = clock.instant().atZone(plan.timeZone());
        PlannedStep planned = new PlannedStep(step, QuietHours.defaults().shift(now));
        List<PlannedMessage> messages = Arrays.stream(ChannelName.values()).map(channel -> AftercarePlan.messageOn(
                channel, plan.sessionId(), planned, ChannelAccess.of(client, smsGateway))).toList();
        if (plans.saveStep(plan.sessionId(), planned, messages)
                && messages.stream().anyMatch(message -> message.status() == MessageStatus.SCHEDULED)) {
            timer.schedule(plan.sessionId(), step, planned.runsAt().toInstant());
        }
    }

    /** An erased client's plans stop like a cancelled course's; called inside the erasure's transaction. */
    public void stopAftercareOf(ClientId clientId) {
        plans.cancelClient(clientId, clock.instant()).forEach(key -> timer.cancel(key.sessionId(), key.step()));
    }

    /** A cancelled course stops its plans: waiting messages become CANCELLED, pending steps leave the schedule. */
    @Transactional
    public void cancelCourse(CourseId courseId, String eventId) {
        if (inbox.firstDelivery(CANCELLATIONS, eventId)) {
            plans.cancelCourse(courseId, clock.instant()).forEach(key -> timer.cancel(key.sessionId(), key.step()));
        }
    }
}
