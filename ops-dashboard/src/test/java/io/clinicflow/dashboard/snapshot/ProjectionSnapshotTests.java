package io.clinicflow.dashboard.snapshot;

import io.clinicflow.dashboard.journeys.FunnelMark;
import io.clinicflow.dashboard.journeys.FunnelStage;
import io.clinicflow.dashboard.journeys.JourneyEvent;
import io.clinicflow.dashboard.journeys.JourneyProjection;
import io.clinicflow.dashboard.journeys.ProjectionState;
import io.clinicflow.dashboard.journeys.QuietProjection;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** What a snapshot holds is bounded however much traffic the projection saw, and it restores what it took. */
class ProjectionSnapshotTests {

    private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int JOURNEYS = 5000;
    private static final int LOCATIONS = 1500;

    private final JourneyProjection projection = QuietProjection.create();

    @Test
    void staysWithinItsBoundsWithMoreJourneysAndLocationsThanItKeeps() throws IOException {
        observeJourneys();

        ProjectionState state = projection.state();
        assertThat(state.journeys()).hasSize(2000);
        assertThat(state.latestEvents()).hasSize(500);
        assertThat(state.byLocation()).hasSize(1000);
        assertThat(projection.funnel().overall().booked()).as("the chain's funnel counts every journey").isEqualTo(JOURNEYS);
        assertThat(gzip(JSON.writeValueAsBytes(snapshotOf(state)))).as("gzip'd bytes")
                .isLessThan(SnapshotTopic.MAX_BYTES / 8);
    }

    @Test
    void restoresTheFunnelsLatestEventsAndWhatEachJourneyCounted() {
        observeJourneys();
        ProjectionSnapshot taken = JSON.readValue(JSON.writeValueAsBytes(snapshotOf(projection.state())),
                ProjectionSnapshot.class);

        JourneyProjection restored = QuietProjection.create();
        restored.restore(taken.journeys());

        assertThat(restored.funnel()).isEqualTo(projection.funnel());
        assertThat(restored.latestEvents()).isEqualTo(projection.latestEvents());
        assertThat(taken.offsets()).containsEntry(new TopicPartition("clinic.booking.events.v1", 2), 4711L);
        JourneyEvent last = projection.latestEvents().getFirst();
        restored.observe(event(last.correlationId(), last.locationId(), 99), Optional.of(FunnelMark.of(FunnelStage.BOOKED)));
        assertThat(restored.funnel().overall().booked()).as("a restored journey does not count a stage twice")
                .isEqualTo(JOURNEYS);
    }

    private void observeJourneys() {
        for (int i = 0; i < JOURNEYS; i++) {
            String journey = UUID.randomUUID().toString();
            String location = "location-" + (i % LOCATIONS);
            projection.observe(event(journey, location, i), Optional.of(FunnelMark.of(FunnelStage.BOOKED)));
            projection.observe(event(journey, location, i + 1), Optional.of(new FunnelMark(FunnelStage.SCREENED, "CLEARED")));
        }
    }

    private static ProjectionSnapshot snapshotOf(ProjectionState state) {
        return ProjectionSnapshot.of(START, Map.of(new TopicPartition("clinic.booking.events.v1", 2), 4711L), state,
                List.of());
    }

    private static int gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zipped = new GZIPOutputStream(out)) {
            zipped.write(bytes);
        }
        return out.size();
    }

    private static JourneyEvent event(String correlationId, String location, int minutesIn) {
        return new JourneyEvent(UUID.randomUUID().toString(), "SessionBooked", "clinic.booking.events.v1",
                UUID.randomUUID().toString(), location, correlationId, START.plusSeconds(60L * minutesIn));
    }
}
