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
 * nothing of the event's content reaches the logs.
 */
public class JourneyLogContext implements RecordInterceptor<Object, Object> {

    static final String CORRELATION_ID = "correlationId";
    static final String CLIENT_ID = "clientId";
    static final String EVENT_TYPE = "eventType";

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        if (record.value() instanceof SpecificRecord event && event.getSchema().getField("meta") != null) {
            EventMetadata meta = EventCatalog.metaOf(event);
            MDC.put(CORRELATION_ID, meta.getCorrelationId());
            MDC.put(CLIENT_ID, meta.getClientId());
            MDC.put(EVENT_TYPE, meta.getEventType());
        }
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(CORRELATION_ID);
        MDC.remove(CLIENT_ID);
        MDC.remove(EVENT_TYPE);
    }
}
