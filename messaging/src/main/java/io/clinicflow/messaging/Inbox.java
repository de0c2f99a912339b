package io.clinicflow.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.UUID;

/**
 * The consumers' inbox: records which events a consumer has handled, in the transaction of the handler's effect.
 * A redelivered or replayed event is recognised and changes nothing.
 */
public class Inbox {

    private final JdbcClient jdbc;

    public Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time {@code consumer} sees {@code eventId}; false for every redelivery. */
    public boolean firstDelivery(String consumer, String eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The inbox is written inside the transaction of the handler's effect");
        }
        return jdbc.sql("insert into inbox_event (consumer, event_id) values (:consumer, :eventId) on conflict do nothing")
                .param("consumer", consumer)
                .param("eventId", UUID.fromString(eventId))
                .update() == 1;
    }
}
