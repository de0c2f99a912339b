package io.clinicflow.dashboard.journeys;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class JourneyProjectionTests {

    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

    private final List<Object> published = new ArrayList<>();
    private final JourneyProjection projection = new JourneyProjection(published::add);

    @Test
    void keepsTheLatest500EventsNewestFirst() {
        List<JourneyEvent> events = new ArrayList<>();
        for (int i = 0; i < JourneyProjection.LATEST_EVENTS + 1; i++) {
            events.add(event(UUID.randomUUID().toString(), "loc", i));
            projection.observe(events.getLast(), Optional.empty());
        }

        assertThat(projection.latestEvents()).hasSize(JourneyProjection.LATEST_EVENTS)
                .startsWith(events.getLast()).doesNotContain(events.getFirst());
        assertThat(published).hasSize(JourneyProjection.LATEST_EVENTS + 1);
    }

    @Test
    void forgetsTheJourneyThatWasQuietLongestBeyond2000() {
        String quiet = UUID.randomUUID().toString();
        String active = UUID.randomUUID().toString();
        projection.observe(event(quiet, "loc", 0), Optional.empty());
        projection.observe(event(active, "loc", 0), Optional.empty());
        for (int i = 1; i < JourneyProjection.JOURNEYS; i++) {
            projection.observe(event(UUID.randomUUID().toString(), "loc", i), Optional.empty());
            if (i == 1) {
                projection.observe(event(active, "loc", i), Optional.empty());
            }
        }

        assertThat(projection.journey(quiet)).isEmpty();
        assertThat(projection.journey(active)).hasValueSatisfying(events -> assertThat(events).hasSize(2));
    }

    @Test
    void countsAJourneyOncePerStageAndOncePerOutcome() {
        String journey = UUID.randomUUID().toString();
        projection.observe(event(journey, "north", 0), Optional.of(FunnelMark.of(FunnelStage.BOOKED)));
        projection.observe(event(journey, "north", 1), Optional.of(new FunnelMark(FunnelStage.SCREENED, "DECLARATION_REQUIRED")));
        projection.observe(event(journey, "north", 2), Optional.of(new FunnelMark(FunnelStage.SCREENED, "CLEARED")));
        projection.observe(event(journey, "north", 3), Optional.of(FunnelMark.of(FunnelStage.AFTERCARE_SENT)));
        projection.observe(event(journey, "north", 4), Optional.of(FunnelMark.of(FunnelStage.AFTERCARE_SENT)));

        FunnelCounts north = projection.funnel().byLocation().get("north");
        assertThat(north.booked()).isEqualTo(1);
        assertThat(north.screened().total()).isEqualTo(1);
        assertThat(north.screened().by()).containsOnly(
                entry("CLEARED", 1L), entry("DECLARATION_REQUIRED", 1L));
        assertThat(north.aftercareSent()).isEqualTo(1);
        assertThat(projection.funnel().overall()).isEqualTo(north);
    }

    @Test
    void ignoresAnEventItAlreadyHas() {
        JourneyEvent booked = event(UUID.randomUUID().toString(), "north", 0);
        projection.observe(booked, Optional.of(FunnelMark.of(FunnelStage.BOOKED)));
        projection.observe(booked, Optional.of(FunnelMark.of(FunnelStage.BOOKED)));

        assertThat(projection.latestEvents()).containsExactly(booked);
        assertThat(projection.funnel().overall().booked()).isEqualTo(1);
        assertThat(published).hasSize(1);
    }

    private static JourneyEvent event(String correlationId, String location, int minutesIn) {
        return new JourneyEvent(UUID.randomUUID().toString(), "SessionBooked", "clinic.booking.events.v1",
                UUID.randomUUID().toString(), location, correlationId, START.plusSeconds(60L * minutesIn));
    }
}
