package io.clinicflow.messaging;

import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A client's journey is one trace: its W3C trace id is the journey's correlationId (a UUID is 128 bits, like a trace
 * id), so every event of a booking, whichever service wrote it and however many days later, shares one trace id.
 * Each event gets its own span id; consumers continue the trace from the record's {@code traceparent} header.
 * <p>
 * Whether a journey is sampled is decided from its correlationId alone (ADR 0056), so every service decides alike for
 * every event of it: a sampled journey's trace is whole, an unsampled one records no span anywhere.
 */
public final class JourneyTrace {

    public static final String HEADER = "traceparent";

    /** The share of journeys whose spans are recorded, 0 to 1; HTTP requests are sampled at the same rate. */
    public static final String SAMPLING = "clinicflow.tracing.journey-sampling";
    public static final String DEFAULT_SAMPLING = "0.1";

    private static final HexFormat HEX = HexFormat.of();
    /** The random bits of a version 4 (or 7) UUID's lower half: all but the two variant bits. */
    private static final long RANDOM_BITS = (1L << 62) - 1;

    private final long sampledBelow;

    /** @param sampling the share of journeys sampled, from 0 (none) to 1 (all) */
    public JourneyTrace(double sampling) {
        if (!(sampling >= 0 && sampling <= 1)) {
            throw new IllegalArgumentException(SAMPLING + " is a share from 0 to 1, not " + sampling);
        }
        this.sampledBelow = (long) (sampling * (RANDOM_BITS + 1));
    }

    /** A new event's {@code traceparent}: the journey's trace, a fresh span, sampled if the journey is. */
    public String traceparentOf(String correlationId) {
        String flags = sampled(correlationId) ? "01" : "00";
        return "00-" + traceIdOf(correlationId) + "-" + HEX.toHexDigits(spanId()) + "-" + flags;
    }

    /** Decided by the correlationId's random bits, so the same for every event of a journey in every service. */
    public boolean sampled(String correlationId) {
        return (UUID.fromString(correlationId).getLeastSignificantBits() & RANDOM_BITS) < sampledBelow;
    }

    public static String traceIdOf(String correlationId) {
        UUID journey = UUID.fromString(correlationId);
        return HEX.toHexDigits(journey.getMostSignificantBits()) + HEX.toHexDigits(journey.getLeastSignificantBits());
    }

    private static long spanId() {
        long id;
        do {
            id = ThreadLocalRandom.current().nextLong();
        } while (id == 0);
        return id;
    }
}
