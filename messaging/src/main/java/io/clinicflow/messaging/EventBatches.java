package io.clinicflow.messaging;

import io.clinicflow.events.EventCatalog;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation.DefaultKafkaListenerObservationConvention;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Consumer;

/**
 * A batch listener's records, handled in one database transaction per poll (ADR 0053); the inbox still decides per
 * event, inside it, from one read of the batch's events, and its new rows go in in one statement (ADR 0055). Should
 * that transaction fail, nothing of it stayed: the records are handled again one transaction each, in order, and the
 * first that fails is handed to {@link DeadLetters}' error handler as a {@link BatchListenerFailedException}. It
 * commits the offsets before that record, applies the record policy to it (poison to the DLT at once, a database that
 * is down waited for, an early event given its patience) and redelivers the rest. A record whose bytes could not be
 * read ends the batch the same way, after the records before it. Each record is one {@code spring.kafka.listener}
 * observation that continues the journey's trace from its {@code traceparent} header, with the journey's ids in the
 * log context.
 */
public class EventBatches {

    private static final Logger log = LoggerFactory.getLogger(EventBatches.class);
    private static final LogAccessor headerLog = new LogAccessor(EventBatches.class);

    private final TransactionTemplate transactions;
    private final Inbox inbox;
    private final ObservationRegistry observations;
    private final JourneyLogContext logContext;

    public EventBatches(TransactionTemplate transactions, Inbox inbox, ObservationRegistry observations,
                        JourneyLogContext logContext) {
        this.transactions = transactions;
        this.inbox = inbox;
        this.observations = observations;
        this.logContext = logContext;
    }

    /**
     * Handles one poll's records: all in one transaction; if it fails, one transaction each until the first that
     * fails, which is thrown with its cause. {@code handler} gets each readable record's event and calls the use
     * cases, whose own {@code @Transactional} joins the transaction.
     */
    public void handle(List<ConsumerRecord<String, Object>> records, Consumer<Object> handler) {
        int unreadable = firstUnreadable(records);
        List<ConsumerRecord<String, Object>> readable = records.subList(0, unreadable);
        if (readable.size() == 1 || readable.size() > 1 && !inOneTransaction(readable, handler)) {
            oneTransactionEach(readable, handler);
        }
        if (unreadable < records.size()) {
            ConsumerRecord<String, Object> poison = records.get(unreadable);
            throw new BatchListenerFailedException("Unreadable record", unreadableBecause(poison), poison);
        }
    }

    private boolean inOneTransaction(List<ConsumerRecord<String, Object>> records, Consumer<Object> handler) {
        try {
            transactions.executeWithoutResult(status -> {
                inbox.announce(eventIds(records));
                records.forEach(record -> handleOne(record, handler));
            });
            return true;
        } catch (RuntimeException batchFailed) {
            // lazily: describing the failure is the cost, and debug is off in production
            log.atDebug().addArgument(records::size).addArgument(batchFailed::toString)
                    .log("A batch of {} records rolled back, handling them one transaction each: {}");
            return false;
        }
    }

    private void oneTransactionEach(List<ConsumerRecord<String, Object>> records, Consumer<Object> handler) {
        for (ConsumerRecord<String, Object> record : records) {
            try {
                transactions.executeWithoutResult(status -> handleOne(record, handler));
            } catch (RuntimeException failed) {
                throw new BatchListenerFailedException("Handling failed", failed, record);
            }
        }
    }

    private void handleOne(ConsumerRecord<String, Object> record, Consumer<Object> handler) {
        logContext.enter(record.value());
        try {
            observation(record).observe(() -> handler.accept(record.value()));
        } finally {
            logContext.leave();
        }
    }

    /** As the container observes a record listener's record: same name and tags, so meters and traces stay alike. */
    private Observation observation(ConsumerRecord<String, Object> record) {
        String group = KafkaUtils.getConsumerGroupId();
        String listener = group == null ? "" : group;
        return KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                DefaultKafkaListenerObservationConvention.INSTANCE,
                () -> new KafkaRecordReceiverContext(record, listener, null, group, () -> null), observations);
    }

    /** The ids of the records' events: every readable record of our topics holds one in its envelope. */
    private static List<String> eventIds(List<ConsumerRecord<String, Object>> records) {
        return records.stream().map(record -> EventCatalog.metaOf((SpecificRecord) record.value()).getEventId()).toList();
    }

    /**
     * The index of the first record without an event, or the batch's size: the ErrorHandlingDeserializer leaves a
     * batch listener's unreadable record without a value (our topics carry no tombstones).
     */
    private static int firstUnreadable(List<ConsumerRecord<String, Object>> records) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).value() == null) {
                return i;
            }
        }
        return records.size();
    }

    /** The deserializer's exception, with the record's bytes for the DLT; not retried either way. */
    private static Exception unreadableBecause(ConsumerRecord<String, Object> record) {
        DeserializationException failure = SerializationUtils.getExceptionFromHeader(record,
                KafkaUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, headerLog);
        return failure != null ? failure : new PoisonEventException("A record without an event");
    }
}
