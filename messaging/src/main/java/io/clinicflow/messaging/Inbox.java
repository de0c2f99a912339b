package io.clinicflow.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The consumers' inbox: records which events a consumer has handled, in the transaction of the handler's effect.
 * A redelivered or replayed event is recognised and changes nothing.
 * <p>
 * A poll batch's transaction ({@link EventBatches}) announces its events first: the inbox reads in one statement
 * which of them it already holds, answers each {@link #firstDelivery} from that, and inserts the batch's new rows in
 * one statement just before the commit (ADR 0055). Should another consumer have recorded one of them meanwhile (a
 * partition's previous owner, still finishing), that insert finds it and the transaction rolls back, as the
 * one-row insert would have waited for it and answered "seen".
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
        Batch batch = currentBatch();
        if (batch != null && batch.announced.contains(eventId)) {
            return batch.firstDelivery(new Delivery(consumer, eventId));
        }
        return jdbc.sql("insert into inbox_event (consumer, event_id) values (:consumer, :eventId) on conflict do nothing")
                .param("consumer", consumer)
                .param("eventId", UUID.fromString(eventId))
                .update() == 1;
    }

    /** The events of this transaction's batch: one read now, one insert before the commit, none per event. */
    void announce(Collection<String> eventIds) {
        Batch batch = new Batch(Set.copyOf(eventIds));
        jdbc.sql("select consumer, event_id::text from inbox_event where event_id in (:eventIds)")
                .param("eventIds", eventIds.stream().map(UUID::fromString).toList())
                .query((row, number) -> new Delivery(row.getString(1), row.getString(2)))
                .list().forEach(batch.held::add);
        TransactionSynchronizationManager.registerSynchronization(batch);
    }

    private Batch currentBatch() {
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Batch batch && batch.inbox() == this) {
                return batch;
            }
        }
        return null;
    }

    private record Delivery(String consumer, String eventId) {
    }

    /** A batch's deliveries: those the inbox held when it began, and those handled in it, inserted at its end. */
    private final class Batch implements TransactionSynchronization {
        private final Set<String> announced;
        private final Set<Delivery> held = new HashSet<>();
        private final Set<Delivery> handled = new LinkedHashSet<>();

        private Batch(Set<String> announced) {
            this.announced = announced;
        }

        private Inbox inbox() {
            return Inbox.this;
        }

        private boolean firstDelivery(Delivery delivery) {
            return !held.contains(delivery) && handled.add(delivery);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (handled.isEmpty()) {
                return;
            }
            List<Object[]> rows = handled.stream()
                    .map(delivery -> new Object[]{delivery.consumer(), UUID.fromString(delivery.eventId())}).toList();
            int inserted = jdbc.sql("insert into inbox_event (consumer, event_id) values :rows on conflict do nothing")
                    .param("rows", rows).update();
            if (inserted != rows.size()) {
                throw new IllegalStateException("Another consumer recorded %d of this batch's %d events first"
                        .formatted(rows.size() - inserted, rows.size()));
            }
        }
    }
}
