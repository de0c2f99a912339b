package io.clinicflow.dashboard.journeys;

import java.time.Instant;

/**
 * What the dashboard shows of any event: its type and ids, taken from {@code meta} only. Never a field of the event
 * body: no reason codes, declaration answers, check-in scores or treatment details reach the page (ADR 0016).
 */
public record JourneyEvent(String eventId, String type, String topic, String clientId, String locationId,
                           String correlationId, Instant occurredAt) {
}
