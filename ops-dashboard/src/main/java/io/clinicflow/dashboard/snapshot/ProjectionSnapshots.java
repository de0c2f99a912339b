package io.clinicflow.dashboard.snapshot;

import io.clinicflow.dashboard.deadletters.DeadLetterList;
import io.clinicflow.dashboard.feed.FeedPositions;
import io.clinicflow.dashboard.feed.ResumeWhereProjected;
import io.clinicflow.dashboard.feed.StartingPoints;
import io.clinicflow.dashboard.journeys.JourneyProjection;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Makes the projection restartable (ADR 0061). Before the listeners start, it restores the group's latest snapshot
 * and sets where each partition begins; while they run, it writes a snapshot every
 * {@code clinicflow.dashboard.snapshot-interval} when something was projected; after they stopped, a last one.
 * Its lifecycle phase sits just below the listener containers', so it starts before and stops after them.
 */
@Component
class ProjectionSnapshots implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionSnapshots.class);

    private final JourneyProjection journeys;
    private final DeadLetterList deadLetters;
    private final FeedPositions positions;
    private final StartingPoints startingPoints;
    private final JsonMapper json;
    private final SnapshotLog snapshots;
    private final Clock wallClock = Clock.systemUTC();
    private long written = -1;
    private volatile boolean running;

    ProjectionSnapshots(JourneyProjection journeys, DeadLetterList deadLetters, FeedPositions positions,
                        StartingPoints startingPoints, JsonMapper json, KafkaProperties kafka,
                        @Value(ResumeWhereProjected.GROUP) String group) {
        this.journeys = journeys;
        this.deadLetters = deadLetters;
        this.positions = positions;
        this.startingPoints = startingPoints;
        this.json = json;
        this.snapshots = new SnapshotLog(kafka, group);
    }

    @Override
    public void start() {
        Optional<ProjectionSnapshot> snapshot = latest();
        snapshot.ifPresent(kept -> {
            journeys.restore(kept.journeys());
            deadLetters.restore(kept.deadLetters());
            log.info("Projection restored from the snapshot taken at {}", kept.takenAt());
        });
        startingPoints.beginFrom(snapshot.map(ProjectionSnapshot::offsets).orElse(Map.of()));
        running = true;
    }

    @Scheduled(fixedDelayString = "${clinicflow.dashboard.snapshot-interval:PT10S}")
    synchronized void writeIfProjected() {
        long projected = positions.projected();
        if (!running || projected == written) {
            return;
        }
        ProjectionSnapshot snapshot = positions.consistently(offsets -> ProjectionSnapshot.of(wallClock.instant(),
                offsets, journeys.state(), deadLetters.latest()));
        try {
            snapshots.write(json.writeValueAsBytes(snapshot));
            written = projected;
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            log.warn("Projection snapshot not written (the next start reads more): {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        writeIfProjected();
        running = false;
        snapshots.close();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 1;
    }

    private Optional<ProjectionSnapshot> latest() {
        try {
            return snapshots.latest().map(bytes -> json.readValue(bytes, ProjectionSnapshot.class))
                    .filter(snapshot -> snapshot.version() == ProjectionSnapshot.VERSION);
        } catch (KafkaException | JacksonException e) {
            log.warn("No projection snapshot read, starting from the first-start window: {}", e.toString());
            return Optional.empty();
        }
    }
}
