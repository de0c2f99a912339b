package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientContact;
import io.clinicflow.aftercare.clients.ClientContacts;
import io.clinicflow.messaging.Inbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Starts the aftercare of completed sessions: stores, schedules and announces the plan in one transaction. */
@Service
public class AftercarePlanner {

    private static final String CONSUMER = "aftercare-plans";
    /** No SMS gateway adapter exists yet (a later issue), so SMS is planned as SKIPPED. */
    private static final boolean SMS_GATEWAY = false;

    private final Inbox inbox;
    private final ClientContacts clients;
    private final AftercarePlans plans;
    private final StepTimer timer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AftercarePlanner(Inbox inbox, ClientContacts clients, AftercarePlans plans, StepTimer timer,
                     ApplicationEventPublisher events, Clock clock,
                     @Value("${clinicflow.sms.gateway-url:}") String smsGatewayUrl) {
        if (!smsGatewayUrl.isBlank()) {
            // refused rather than ignored: an operator who sets it expects SMS to go out
            throw new IllegalStateException("clinicflow.sms.gateway-url is set, but aftercare-service has no SMS "
                    + "gateway adapter yet; unset it (SMS messages are then planned as SKIPPED)");
        }
        this.inbox = inbox;
        this.clients = clients;
        this.plans = plans;
        this.timer = timer;
        this.events = events;
        this.clock = clock;
    }

    /** Plans the session's aftercare once, whether its SessionCompleted is redelivered or re-sent with a new id. */
    @Transactional
    public void start(CompletedSession session, String eventId) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        ClientContact client = clients.find(session.clientId())
                .orElseThrow(() -> new ClientNotRegisteredYet(session.clientId()));
        AftercarePlan plan = AftercarePlan.of(session, client.consent(), SMS_GATEWAY, QuietHours.defaults());
        if (!plans.save(session, plan, clock.instant())) {
            return;
        }
        plan.stepsToRun().forEach(planned ->
                timer.schedule(session.sessionId(), planned.step(), planned.runsAt().toInstant()));
        events.publishEvent(new AftercarePlanStarted(session.sessionId(), plan.stepNames(), session.journey()));
    }
}
