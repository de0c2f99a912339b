package io.clinicflow.messaging;

import io.clinicflow.events.Topics;
import io.clinicflow.events.codec.UnreadableEventException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Duration;

/**
 * How every ClinicFlow consumer treats failures. Poison (bad bytes, unknown schema, failed validation) goes to
 * {@code <topic>.dlt} at once, bytes untouched, with Spring Kafka's exception headers. A database that is down is
 * waited for, with backoff, without ever dead-lettering. An event that arrived before its prerequisite from another
 * topic is retried for {@code earlyEventPatience}, then dead-lettered. Anything else gets a few quick retries, then
 * the DLT.
 */
public final class DeadLetters {

    private DeadLetters() {
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, EventMetrics metrics,
                                                   Duration earlyEventPatience) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        ConsumerRecordRecoverer recoverer = (record, exception) -> {
            publisher.accept(record, asRecordFailure(exception));
            metrics.deadLettered(record.topic());
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, quickRetries());
        handler.addNotRetryableExceptions(UnreadableEventException.class, PoisonEventException.class);
        handler.setBackOffFunction((record, exception) -> backOffFor(exception, earlyEventPatience));
        return handler;
    }

    /**
     * A batch listener's failure as a record listener's: the dead letter's exception headers name the record's own
     * cause (PoisonEventException…), not the BatchListenerFailedException that carried it (EventBatches).
     */
    static Exception asRecordFailure(Exception exception) {
        if (exception instanceof ListenerExecutionFailedException failed
                && failed.getCause() instanceof BatchListenerFailedException batch && batch.getCause() != null) {
            return new ListenerExecutionFailedException(failed.getMessage(), failed.getGroupId(), batch.getCause());
        }
        return exception;
    }

    /** The back-off for this failure, or null for the handler's quick retries. */
    static BackOff backOffFor(Throwable exception, Duration earlyEventPatience) {
        if (databaseUnavailable(exception)) {
            return untilDatabaseReturns();
        }
        return causedBy(exception, EventArrivedEarly.class) ? untilPrerequisiteArrives(earlyEventPatience) : null;
    }

    static boolean databaseUnavailable(Throwable exception) {
        return causedBy(exception, TransientDataAccessException.class)
                || causedBy(exception, DataAccessResourceFailureException.class)
                || causedBy(exception, CannotCreateTransactionException.class);
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static BackOff quickRetries() {
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(3);
        backOff.setInitialInterval(200);
        backOff.setMultiplier(2);
        backOff.setMaxInterval(2_000);
        return backOff;
    }

    private static BackOff untilPrerequisiteArrives(Duration patience) {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(patience.toMillis());
        return backOff;
    }

    private static BackOff untilDatabaseReturns() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        return backOff;
    }
}
