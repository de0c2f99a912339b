package io.clinicflow.events;

import io.clinicflow.avro.common.EventMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
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
        return List.of(
                header(SPEC_VERSION, "1.0"),
                header(ID, meta.getEventId()),
                header(SOURCE, "/clinicflow/" + meta.getProducer()),
                header(TYPE, TYPE_PREFIX + meta.getEventType()),
                header(TIME, meta.getOccurredAt().toString()),
                header(CONTENT_TYPE, AVRO));
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
