package io.clinicflow.dashboard.outbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row a service parked, as the page shows it: ids, type and the relay's reason; never the payload (the
 * service's list has its size too, which the page does not need).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParkedEvent(UUID eventId, String eventType, String topic, String key, Instant parkedAt, String reason) {
}
