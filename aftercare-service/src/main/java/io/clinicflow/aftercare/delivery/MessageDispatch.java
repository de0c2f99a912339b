package io.clinicflow.aftercare.delivery;

import io.clinicflow.aftercare.clients.ClientContact;
import io.clinicflow.aftercare.clients.ClientContacts;
import io.clinicflow.aftercare.offers.FollowUpOffer;
import io.clinicflow.aftercare.offers.StoredOffers;
import io.clinicflow.aftercare.plans.AftercareStep;
import io.clinicflow.aftercare.plans.ChannelName;
import io.clinicflow.aftercare.plans.DueStep;
import io.clinicflow.aftercare.plans.MessageId;
import io.clinicflow.aftercare.plans.MessageStatus;
import io.clinicflow.aftercare.templates.AftercareTemplates;
import io.clinicflow.aftercare.templates.MessageContent;
import io.clinicflow.aftercare.templates.MessageFacts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.HttpClientErrorException;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sends a step's waiting messages, each in its own transaction, and keeps the ledger of attempts and failures. */
@Component
class MessageDispatch {

    private final SendLedger ledger;
    private final ClientContacts clients;
    private final StoredOffers offers;
    private final AftercareTemplates templates;
    private final Map<ChannelName, Channel> channels = new EnumMap<>(ChannelName.class);
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxAttempts;

    MessageDispatch(SendLedger ledger, ClientContacts clients, StoredOffers offers,
                    AftercareTemplates templates, List<Channel> channels,
                    TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock,
                    @Value("${clinicflow.aftercare.delivery.attempts:4}") int maxAttempts) {
        this.ledger = ledger;
        this.clients = clients;
        this.offers = offers;
        this.templates = templates;
        channels.forEach(channel -> this.channels.put(channel.name(), channel));
        if (this.channels.size() != ChannelName.values().length) {
            throw new IllegalStateException("A plan names channels " + List.of(ChannelName.values())
                    + " but delivery has " + this.channels.keySet());
        }
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    /** Sends every waiting message of the step; throws {@link StepNotDelivered} if one failed with attempts left. */
    void sendWaiting(DueStep due) {
        boolean retry = false;
        for (MessageId messageId : ledger.waiting(due.sessionId(), due.step())) {
            try {
                transactions.executeWithoutResult(status -> sendOnce(messageId, due));
            } catch (RuntimeException failure) {
                retry |= Boolean.TRUE.equals(transactions.execute(status -> recordFailure(messageId, due, failure)));
            }
        }
        if (retry) {
            throw new StepNotDelivered(due.sessionId(), due.step());
        }
    }

    /**
     * One message, one transaction: the row lock makes a concurrent run (a second instance, a revived execution) wait,
     * and then see SENT. A crash after the channel accepted but before the commit sends again with the same id, which
     * the SMTP store and the SMS gateway recognise (ADR 0012).
     */
    private void sendOnce(MessageId messageId, DueStep due) {
        ScheduledMessage message = ledger.lock(messageId).orElseThrow();
        if (message.status() != MessageStatus.SCHEDULED) {
            return;
        }
        ClientContact client = clients.find(message.clientId()).orElseThrow();
        MessageContent content = contentOf(due, client);
        channels.get(message.channel()).send(message, client, content);
        Instant sentAt = clock.instant();
        ledger.markSent(messageId, sentAt);
        events.publishEvent(new AftercareMessageSent(messageId, due.sessionId(), due.step(), message.channel(), sentAt,
                due.journey()));
    }

    /** Worded by the location's template set, for the areas the session treated. */
    private MessageContent contentOf(DueStep due, ClientContact client) {
        Optional<FollowUpOffer> offer = due.step() == AftercareStep.FOLLOW_UP_OFFER
                ? offers.ofSession(due.sessionId()) : Optional.empty();
        return templates.render(due.step(), new MessageFacts(due.locationId(), due.timeZone(), client.firstName(),
                due.areas(), offer));
    }

    /** Counts the attempt; after the last one (or a refusal no retry can change) the message is FAILED. */
    private boolean recordFailure(MessageId messageId, DueStep due, RuntimeException failure) {
        ScheduledMessage message = ledger.lock(messageId).orElseThrow();
        if (message.status() != MessageStatus.SCHEDULED) {
            return false;
        }
        int attempts = message.attempts() + 1;
        String reason = reasonOf(failure);
        if (attempts < maxAttempts && !refusedForGood(failure)) {
            ledger.markAttemptFailed(messageId, attempts, reason);
            return true;
        }
        Instant failedAt = clock.instant();
        ledger.markFailed(messageId, attempts, reason);
        events.publishEvent(new AftercareMessageFailed(messageId, due.sessionId(), due.step(), message.channel(),
                failedAt, attempts, reason, due.journey()));
        return false;
    }

    /** A 4xx other than 408 and 429 (a number the gateway rejects) answers the same to every retry. */
    private static boolean refusedForGood(RuntimeException failure) {
        return failure instanceof HttpClientErrorException refused
                && refused.getStatusCode().value() != 408 && refused.getStatusCode().value() != 429;
    }

    /** Technical, never the message's content: the exception's type and the channel's short answer. */
    private static String reasonOf(RuntimeException failure) {
        String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return reason.length() <= 300 ? reason : reason.substring(0, 300);
    }
}
