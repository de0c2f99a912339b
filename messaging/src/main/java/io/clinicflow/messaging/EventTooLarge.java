package io.clinicflow.messaging;

import io.clinicflow.kernel.TooLargeException;

/**
 * An event bigger than the outbox takes: no clinic event comes near the limit, so the request that made it is
 * refused (413) and nothing is stored, rather than writing a row Kafka would refuse for ever (issue 23, ADR 0037).
 */
public class EventTooLarge extends TooLargeException {

    public EventTooLarge(String eventType, int bytes, int limit) {
        super("The request would make a %s event of %d bytes; an event may have at most %d"
                .formatted(eventType, bytes, limit));
    }
}
