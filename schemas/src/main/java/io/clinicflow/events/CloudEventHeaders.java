package io.clinicflow.events;

import io.clinicflow.avro.common.EventMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** CloudEvents Kafka protocol binding, binary mode: the event's attributes as {@code ce_*} headers. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String AVRO = "application/avro";
    public static final String TYPE_PREFIX = "io.clinicflow.";

    private CloudEventHeaders() {
    }

    public static List<Header> of(EventMetadata meta) {
        return of(meta.getEventId(), meta.getProducer(), meta.getEventType(), meta.getOccurredAt());
    }

    public static List<Header> of(String eventId, String producer, String eventType, Instant occurredAt) {
        List<Header> headers = new ArrayList<>(withoutData(eventId, producer, eventType, occurredAt));
        headers.add(header(CONTENT_TYPE, AVRO));
        return List.copyOf(headers);
    }

    /**
     * The attributes of an event without a body, a tombstone: no {@code content-type}, which describes data that a
     * null value does not have (CloudEvents' {@code datacontenttype}; ADR 0043).
     */
    public static List<Header> withoutData(String eventId, String producer, String eventType, Instant occurredAt) {
        return List.of(
                header(SPEC_VERSION, "1.0"),
                header(ID, eventId),
                header(SOURCE, "/clinicflow/" + producer),
                header(TYPE, TYPE_PREFIX + eventType),
                header(TIME, occurredAt.toString()));
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
