package io.clinicflow.messaging;

import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.events.EventCatalog;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the journey's ids on every log line a handler writes: correlationId, clientId and the event type. Ids only:
 * nothing of the event's content reaches the logs. A record listener gets it as its interceptor; a batch listener's
 * {@link EventBatches} enters and leaves it around each record.
 */
public class JourneyLogContext implements RecordInterceptor<Object, Object> {

    static final String CORRELATION_ID = "correlationId";
    static final String CLIENT_ID = "clientId";
    static final String EVENT_TYPE = "eventType";

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        enter(record.value());
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        leave();
    }

    /** The journey of this event on the log lines that follow, until {@link #leave()}. */
    void enter(Object value) {
        if (value instanceof SpecificRecord event && event.getSchema().getField("meta") != null) {
            EventMetadata meta = EventCatalog.metaOf(event);
            MDC.put(CORRELATION_ID, meta.getCorrelationId());
            MDC.put(CLIENT_ID, meta.getClientId());
            MDC.put(EVENT_TYPE, meta.getEventType());
        }
    }

    void leave() {
        MDC.remove(CORRELATION_ID);
        MDC.remove(CLIENT_ID);
        MDC.remove(EVENT_TYPE);
    }
}
