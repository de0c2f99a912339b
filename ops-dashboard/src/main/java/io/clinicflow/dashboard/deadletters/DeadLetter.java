package io.clinicflow.dashboard.deadletters;

import java.time.Instant;

/**
 * A record a service could not handle, as it sits on a {@code .dlt} topic: where it is, its key (a clientId) and
 * the exception Spring Kafka's recoverer wrote in its headers. The value bytes are never shown.
 */
public record DeadLetter(String topic, int partition, long offset, String key, String exceptionClass,
                         String exceptionMessage, Instant deadLetteredAt) {
}
