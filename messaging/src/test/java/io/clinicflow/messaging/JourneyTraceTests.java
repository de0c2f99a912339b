package io.clinicflow.messaging;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class JourneyTraceTests {

    private static final String JOURNEY = "3f2b8c1e-9d4a-4e7b-8a6c-5b1d2e3f4a5b";
    private static final String W3C_TRACEPARENT = "00-[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-0[01]";

    private final List<String> journeys = IntStream.range(0, 20_000).mapToObj(i -> UUID.randomUUID().toString())
            .toList();

    /**
     * The decision is pinned to the correlationId's bits (here 0x0a6c… of 2^62, about 0.163): services of two versions
     * during a rolling deploy must still decide alike, or a journey's trace falls apart.
     */
    @Test
    void aJourneysEventsAllCarryItsTraceIdAndTheSameDecision() {
        List<String> sampled = traceparents(new JourneyTrace(0.17));
        List<String> unsampled = traceparents(new JourneyTrace(0.16));

        assertThat(sampled).allMatch(header -> header.matches(W3C_TRACEPARENT))
                .allMatch(header -> header.startsWith("00-3f2b8c1e9d4a4e7b8a6c5b1d2e3f4a5b-"))
                .allMatch(header -> header.endsWith("-01"));
        assertThat(unsampled).allMatch(header -> header.matches(W3C_TRACEPARENT))
                .allMatch(header -> header.startsWith("00-3f2b8c1e9d4a4e7b8a6c5b1d2e3f4a5b-"))
                .allMatch(header -> header.endsWith("-00"));
        assertThat(sampled).extracting(header -> header.substring(36, 52)).doesNotHaveDuplicates();
    }

    @Test
    void samplesTheConfiguredShareOfJourneys() {
        JourneyTrace tenth = new JourneyTrace(0.1);

        long sampled = journeys.stream().filter(tenth::sampled).count();

        assertThat(sampled / (double) journeys.size()).isCloseTo(0.1, within(0.015));
        assertThat(journeys.stream().filter(tenth::sampled)).allMatch(new JourneyTrace(0.5)::sampled);
    }

    @Test
    void samplesEveryJourneyAtOneAndNoneAtZero() {
        List<String> edges = List.of("00000000-0000-4000-8000-000000000000", "ffffffff-ffff-4fff-bfff-ffffffffffff");

        assertThat(journeys).allMatch(new JourneyTrace(1)::sampled).noneMatch(new JourneyTrace(0)::sampled);
        assertThat(edges).allMatch(new JourneyTrace(1)::sampled).noneMatch(new JourneyTrace(0)::sampled);
        assertThat(new JourneyTrace(0).traceparentOf(journeys.getFirst())).endsWith("-00");
        assertThat(new JourneyTrace(1).traceparentOf(journeys.getFirst())).endsWith("-01");
    }

    @Test
    void refusesAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> new JourneyTrace(1.5)).hasMessageContaining(JourneyTrace.SAMPLING);
        assertThatThrownBy(() -> new JourneyTrace(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JourneyTrace(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> traceparents(JourneyTrace trace) {
        return IntStream.range(0, 50).mapToObj(i -> trace.traceparentOf(JOURNEY)).toList();
    }
}
