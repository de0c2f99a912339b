package io.clinicflow.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The business counters every service exports: events it published (per type and location, counted once their
 * transaction committed) and records it dead-lettered (per source topic). Dashboards build the journey funnel
 * from {@code clinicflow_events_published_total}.
 */
public class EventMetrics {

    public static final String PUBLISHED = "clinicflow.events.published";
    public static final String DEAD_LETTERED = "clinicflow.dead.letters";

    private final MeterRegistry registry;

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void published(String eventType, String locationId) {
        Counter.builder(PUBLISHED).description("Events written by this service, counted at commit")
                .tag("event_type", eventType).tag("location_id", locationId)
                .register(registry).increment();
    }

    void deadLettered(String topic) {
        Counter.builder(DEAD_LETTERED).description("Records this service sent to a dead-letter topic")
                .tag("topic", topic).register(registry).increment();
    }
}
