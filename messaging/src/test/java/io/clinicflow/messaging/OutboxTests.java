package io.clinicflow.messaging;

import io.clinicflow.avro.booking.ClientErasureRequested;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.events.codec.SingleObjectCodec;
import io.clinicflow.kernel.Journey;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxTests {

    /**
     * The outbox stamps the record it is handed the metadata for, typed by the record's own name; a record larger than
     * the limit is refused before anything is stored (this outbox has no database: reaching it would fail otherwise).
     */
    @Test
    void stampsTheEventWithTheRecordsNameAndRefusesOneLargerThanTheLimit() {
        Outbox outbox = new Outbox(null, SingleObjectCodec.shipped(), BusinessClock.system(), "booking-service",
                null, new EventMetrics(new SimpleMeterRegistry()), 200, new JourneyTrace(1));
        Journey journey = new Journey("c-1", "cause-1", "client-1", "london");
        EventMetadata[] stamped = new EventMetadata[1];

        assertThatThrownBy(() -> outbox.append(journey, meta -> {
            stamped[0] = meta;
            return new ClientErasureRequested(meta, "c".repeat(300), Instant.EPOCH);
        })).isInstanceOf(EventTooLarge.class).hasMessageContaining("ClientErasureRequested")
                .hasMessageContaining("at most 200");
        assertThat(stamped[0].getEventType()).isEqualTo("ClientErasureRequested");
        assertThat(stamped[0].getProducer()).isEqualTo("booking-service");
        assertThat(stamped[0].getCausationId()).isEqualTo("cause-1");
        assertThat(stamped[0].getClientId()).isEqualTo("client-1");
        assertThat(stamped[0].getEventId()).isNotBlank();
    }

}
