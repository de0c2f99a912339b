package io.clinicflow.messaging;

import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.events.EventCatalog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

import java.util.List;

/**
 * The business counters every service exports: events it published (per type and location, and per outcome,
 * channel, step or milestone where the event has one; counted once their transaction committed) and records it
 * dead-lettered (per source topic). Dashboards build the journey funnel from {@code clinicflow_events_published_total}.
 */
public class EventMetrics {

    public static final String PUBLISHED = "clinicflow.events.published";
    public static final String DEAD_LETTERED = "clinicflow.dead.letters";

    /**
     * Fields that split the funnel: screened by outcome, messages by channel and step, milestones by kind. Every
     * series carries all of them (Prometheus wants one set of tag keys per metric name).
     */
    static final List<String> DETAILS = List.of("outcome", "channel", "step", "milestone");

    private final MeterRegistry registry;

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void published(SpecificRecord event) {
        EventMetadata meta = EventCatalog.metaOf(event);
        Counter.Builder counter = Counter.builder(PUBLISHED).description("Events written by this service, counted at commit")
                .tag("event_type", meta.getEventType()).tag("location_id", meta.getLocationId());
        for (String detail : DETAILS) {
            counter.tag(detail, detailOf(event, detail));
        }
        counter.register(registry).increment();
    }

    /** The event's value of a funnel detail ({@code outcome}, {@code channel}…), or "none" when it has no such field. */
    private static String detailOf(SpecificRecord event, String field) {
        Schema.Field found = event.getSchema().getField(field);
        Object value = found == null ? null : event.get(found.pos());
        return value == null ? "none" : value.toString();
    }

    void deadLettered(String topic) {
        Counter.builder(DEAD_LETTERED).description("Records this service sent to a dead-letter topic")
                .tag("topic", topic).register(registry).increment();
    }
}
