package io.clinicflow.messaging;

import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.SessionStarted;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventMetricsTests {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final EventMetrics metrics = new EventMetrics(registry);

    @Test
    void countsScreeningsByOutcomeAtTheirLocation() {
        metrics.published(screening(ScreeningOutcome.DEFERRED));
        metrics.published(screening(ScreeningOutcome.DEFERRED));
        metrics.published(screening(ScreeningOutcome.CLEARED));

        assertThat(registry.get(EventMetrics.PUBLISHED).tag("event_type", "ScreeningCompleted")
                .tag("location_id", "london").tag("outcome", "DEFERRED").counter().count()).isEqualTo(2);
    }

    @Test
    void tagsAnEventWithoutDetailsAsNone() {
        metrics.published(SessionStarted.newBuilder().setMeta(meta("SessionStarted")).setBookingId("b-1")
                .setStartedAt(Instant.EPOCH).build());

        assertThat(registry.get(EventMetrics.PUBLISHED).tag("event_type", "SessionStarted")
                .tag("outcome", "none").tag("channel", "none").tag("step", "none").tag("milestone", "none")
                .counter().count()).isEqualTo(1);
    }

    private static ScreeningCompleted screening(ScreeningOutcome outcome) {
        return ScreeningCompleted.newBuilder().setMeta(meta("ScreeningCompleted")).setScreeningId("s-1")
                .setBookingId("b-1").setOutcome(outcome).setReasonCodes(List.of()).setRuleSetVersion("test").build();
    }

    private static EventMetadata meta(String type) {
        return EventMetadata.newBuilder().setEventId("e-1").setEventType(type).setOccurredAt(Instant.EPOCH)
                .setProducer("session-service").setCorrelationId("c-1").setLocationId("london").setClientId("client-1")
                .build();
    }
}
