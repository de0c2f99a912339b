package io.clinicflow.messaging;

import io.clinicflow.avro.common.EventMetadata;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventFieldsTests {

    private final EventMetadata meta = new EventMetadata("e-1", "SessionBooked", Instant.EPOCH, "booking-service",
            "c-1", null, "l-1", "k-1");

    @Test
    void readsWellFormedValues() {
        UUID id = UUID.randomUUID();
        assertThat(EventFields.uuid(meta, "bookingId", id.toString())).isEqualTo(id);
        assertThat(EventFields.zone(meta, "timeZone", "Europe/London")).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void aMalformedValueIsPoisonNamingTheEventAndTheField() {
        assertThatThrownBy(() -> EventFields.uuid(meta, "bookingId", "not-a-uuid"))
                .isInstanceOf(PoisonEventException.class)
                .hasMessage("SessionBooked e-1 has a bookingId that is not a UUID: not-a-uuid");
        assertThatThrownBy(() -> EventFields.zone(meta, "timeZone", "Mars/Olympus"))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("timeZone that is not a time zone");
        assertThatThrownBy(() -> EventFields.uuid(meta, "clientId", null)).isInstanceOf(PoisonEventException.class);
    }
}
