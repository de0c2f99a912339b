package io.clinicflow.messaging;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client's journey is one trace: its W3C trace id is the journey's correlationId (a UUID is 128 bits, like a trace
 * id), so every event of a booking, whichever service wrote it and however many days later, shares one trace id.
 * Each event gets its own span id; consumers continue the trace from the record's {@code traceparent} header.
 */
public final class JourneyTrace {

    public static final String HEADER = "traceparent";

    private JourneyTrace() {
    }

    public static String traceparentOf(String correlationId) {
        return "00-" + traceIdOf(correlationId) + "-" + "%016x".formatted(spanId()) + "-01";
    }

    public static String traceIdOf(String correlationId) {
        UUID journey = UUID.fromString(correlationId);
        return "%016x%016x".formatted(journey.getMostSignificantBits(), journey.getLeastSignificantBits());
    }

    private static long spanId() {
        long id;
        do {
            id = ThreadLocalRandom.current().nextLong();
        } while (id == 0);
        return id;
    }
}
