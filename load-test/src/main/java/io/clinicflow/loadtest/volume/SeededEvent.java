package io.clinicflow.loadtest.volume;

import org.apache.avro.specific.SpecificRecord;

import java.time.Instant;

/** One event of the seeded year, as a producing service would have written it: topic, key, producer and record. */
record SeededEvent(String topic, String clientId, String producer, Instant occurredAt, SpecificRecord event) {
}
