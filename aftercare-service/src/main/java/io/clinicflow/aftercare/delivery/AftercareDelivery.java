package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.clients.ClientContact;
import io.clinicflow.aftercare.clients.ClientContacts;
import io.clinicflow.aftercare.milestones.HealingMilestoneReached;
import io.clinicflow.aftercare.milestones.HealingMilestones;
import io.clinicflow.aftercare.plans.AftercarePlans;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.DueStep;
import io.clinicflow.aftercare.plans.MessageStatus;
import io.clinicflow.aftercare.plans.ScheduledMessage;
import io.clinicflow.aftercare.plans.ScheduledMessages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Carries out a plan's step when it falls due: sends its messages, or records its milestone. */
@Service
public class AftercareDelivery {

    private final AftercarePlans plans;
    private final ScheduledMessages messages;
    private final ClientContacts clients;
    private final HealingMilestones milestones;
    private final EmailChannel email;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AftercareDelivery(AftercarePlans plans, ScheduledMessages messages, ClientContacts clients,
                      HealingMilestones milestones, EmailChannel email, TransactionTemplate transactions,
                      ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.messages = messages;
        this.clients = clients;
        this.milestones = milestones;
        this.email = email;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    public void deliver(UUID sessionId, AftercareStep step) {
        DueStep due = plans.dueStep(sessionId, step)
                .orElseThrow(() -> new IllegalStateException("Session " + sessionId + " has no step " + step));
        due.step().milestone().ifPresentOrElse(
                milestone -> milestones.reach(
                        new HealingMilestoneReached(sessionId, milestone, due.runsAt(), due.journey())),
                () -> messages.waiting(sessionId, step).forEach(messageId ->
                        transactions.executeWithoutResult(status -> sendOnce(messageId, due))));
    }

    /**
     * One message, one transaction: the row lock makes a concurrent run (a revived execution) wait, and then see SENT.
     * A crash after the SMTP server accepted but before the commit sends again, with the same Message-ID.
     */
    private void sendOnce(UUID messageId, DueStep due) {
        ScheduledMessage message = messages.lock(messageId).orElseThrow();
        if (message.status() != MessageStatus.SCHEDULED) {
            return;
        }
        ClientContact client = clients.find(message.clientId()).orElseThrow();
        switch (message.channel()) {
            case EMAIL -> email.send(message, client);
            case SMS -> throw new IllegalStateException("No SMS gateway adapter for message " + messageId);
        }
        Instant sentAt = clock.instant();
        messages.markSent(messageId, sentAt);
        events.publishEvent(new AftercareMessageSent(messageId, due.sessionId(), due.step(), message.channel(), sentAt,
                due.journey()));
    }
}
