package io.clinicflow.dashboard.snapshot;

import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.dashboard.ClinicEvents;
import io.clinicflow.dashboard.feed.FeedPositions;
import io.clinicflow.dashboard.journeys.FunnelView;
import io.clinicflow.dashboard.journeys.JourneyEvent;
import io.clinicflow.dashboard.journeys.JourneyProjection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A dashboard restarts from its snapshot and a first start reads a window, never the whole history (ADR 0061). */
class RestartIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Record timestamps are their producers' wall clock, and so is the first-start window. */
    private static final Clock WALL_CLOCK = Clock.systemUTC();

    private final FreshBroker broker = new FreshBroker();

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void restartsWithTheSameFunnelAndLatestEventsWithoutReadingTheProjectedRecordsAgain() {
        String group = FreshBroker.newGroup();
        String location = UUID.randomUUID().toString();
        ClinicEvents journey = new ClinicEvents(location);
        FunnelView funnel;
        List<JourneyEvent> latest;
        try (ConfigurableApplicationContext first = broker.dashboard(group)) {
            broker.publish(WALL_CLOCK.instant(), journey.booked(0),
                    journey.screened(1, ScreeningOutcome.CLEARED, List.of()), journey.confirmed(2));
            await().atMost(PATIENCE).until(() -> first.getBean(FeedPositions.class).projected() == 3);
            funnel = first.getBean(JourneyProjection.class).funnel();
            latest = first.getBean(JourneyProjection.class).latestEvents();
        }

        try (ConfigurableApplicationContext second = broker.dashboard(group)) {
            await().atMost(PATIENCE).until(() -> FreshBroker.ready(second));
            JourneyProjection journeys = second.getBean(JourneyProjection.class);
            assertThat(journeys.funnel()).isEqualTo(funnel);
            assertThat(journeys.latestEvents()).isEqualTo(latest).hasSize(3);
            assertThat(journeys.journey(journey.correlation)).hasValueSatisfying(events -> assertThat(events).hasSize(3));

            broker.publish(WALL_CLOCK.instant(), journey.confirmed(3), journey.completed(60));
            await().atMost(PATIENCE).until(() -> second.getBean(FeedPositions.class).projected() == 2);
            assertThat(journeys.funnel().byLocation().get(location).booked()).as("not counted twice").isEqualTo(1);
            assertThat(journeys.funnel().byLocation().get(location).confirmed()).isEqualTo(1);
            assertThat(journeys.funnel().byLocation().get(location).completed()).isEqualTo(1);
        }
    }

    @Test
    void firstStartProjectsTheWindowNotTheRecordsBeforeIt() {
        Instant now = WALL_CLOCK.instant();
        String oldLocation = UUID.randomUUID().toString();
        String recentLocation = UUID.randomUUID().toString();
        ClinicEvents old = new ClinicEvents(oldLocation);
        ClinicEvents recent = new ClinicEvents(recentLocation);
        broker.publish(now.minus(Duration.ofDays(3)), old.booked(0), old.confirmed(1));
        broker.publish(now.minus(Duration.ofHours(2)), recent.booked(0), recent.confirmed(1));

        try (ConfigurableApplicationContext dashboard = broker.dashboard(FreshBroker.newGroup())) {
            await().atMost(PATIENCE).until(() -> FreshBroker.ready(dashboard));
            FunnelView funnel = dashboard.getBean(JourneyProjection.class).funnel();
            assertThat(funnel.byLocation()).containsOnlyKeys(recentLocation);
            assertThat(funnel.overall().booked()).isEqualTo(1);
            assertThat(dashboard.getBean(FeedPositions.class).projected()).isEqualTo(2);
        }
    }
}
