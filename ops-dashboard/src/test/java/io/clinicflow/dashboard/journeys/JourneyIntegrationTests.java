package io.clinicflow.dashboard.journeys;

import io.clinicflow.avro.booking.SessionBooked;
import io.clinicflow.avro.common.AftercareStep;
import io.clinicflow.avro.common.HealingMilestone;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.dashboard.ClinicEvents;
import io.clinicflow.dashboard.OpsDashboardTest;
import io.clinicflow.events.Topics;
import io.clinicflow.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@OpsDashboardTest
class JourneyIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Test
    void countsAJourneyOnceAtEveryStageOfItsLocationsFunnel() {
        String location = UUID.randomUUID().toString();
        ClinicEvents journey = new ClinicEvents(location);
        long bookedBefore = dashboard().path("funnel").path("overall").path("booked").asLong();
        journey.publish(journey.booked(0), journey.screened(1, ScreeningOutcome.CLEARED, List.of()), journey.confirmed(2),
                journey.completed(60), journey.aftercareSent(61, AftercareStep.DAY0_INSTRUCTIONS),
                journey.aftercareSent(62, AftercareStep.DAY1_CHECK_IN),
                journey.milestone(63, HealingMilestone.HEALING_CHECK_PASSED), journey.offered(64, "offer-1"),
                journey.offered(65, "offer-2"), journey.accepted(66, "offer-2"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode funnel = dashboard().path("funnel").path("byLocation").path(location);
            assertThat(List.of(funnel.path("booked").asLong(), funnel.path("screened").path("total").asLong(),
                    funnel.path("screened").path("by").path("CLEARED").asLong(), funnel.path("confirmed").asLong(),
                    funnel.path("completed").asLong(), funnel.path("aftercareSent").asLong(),
                    funnel.path("milestones").path("by").path("HEALING_CHECK_PASSED").asLong(),
                    funnel.path("offered").asLong(), funnel.path("accepted").asLong()))
                    .containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
        });
        assertThat(dashboard().path("funnel").path("overall").path("booked").asLong()).isEqualTo(bookedBefore + 1);
    }

    @Test
    void breaksScreeningsDownByOutcomeWithoutShowingReasonCodesOrCheckInScores() {
        String location = UUID.randomUUID().toString();
        ClinicEvents deferred = new ClinicEvents(location);
        ClinicEvents declined = new ClinicEvents(location);
        deferred.publish(deferred.booked(0),
                deferred.screened(1, ScreeningOutcome.DEFERRED, List.of("ISOTRETINOIN_LAST_DOSE")),
                deferred.checkedIn(2, 3, 2, 3));
        declined.publish(declined.booked(0),
                declined.screened(1, ScreeningOutcome.DECLINED, List.of("PREGNANT_OR_BREASTFEEDING")));

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonNode screened = dashboard().path("funnel").path("byLocation").path(location).path("screened");
            assertThat(screened.path("total").asLong()).isEqualTo(2);
            assertThat(screened.path("by").path("DEFERRED").asLong()).isEqualTo(1);
            assertThat(screened.path("by").path("DECLINED").asLong()).isEqualTo(1);
        });
        String everything = dashboard().toString() + api().get("/api/v1/journeys/" + deferred.correlation).body();
        assertThat(everything).contains(deferred.client, "HealingCheckInRecorded")
                .doesNotContain("ISOTRETINOIN_LAST_DOSE", "PREGNANT_OR_BREASTFEEDING", "reasonCodes", "redness",
                        "swelling", "pain", "2026.1");
    }

    @Test
    void showsLatestEventsNewestFirstWithTheirIdsOnly() {
        ClinicEvents journey = new ClinicEvents(UUID.randomUUID().toString());
        SessionBooked booked = journey.booked(0);
        journey.publish(booked, journey.confirmed(1));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(latestOf(journey.client)).hasSize(2));
        List<JsonNode> latest = latestOf(journey.client);
        assertThat(latest).extracting(event -> event.path("type").asString())
                .containsExactly("BookingConfirmed", "SessionBooked");
        JsonNode shown = latest.get(1);
        assertThat(shown.propertyNames()).containsExactlyInAnyOrder(
                "eventId", "type", "topic", "clientId", "locationId", "correlationId", "occurredAt");
        assertThat(List.of(shown.path("eventId").asString(), shown.path("topic").asString(),
                shown.path("correlationId").asString(), shown.path("occurredAt").asString()))
                .containsExactly(booked.getMeta().getEventId(), Topics.BOOKING_EVENTS, journey.correlation,
                        booked.getMeta().getOccurredAt().toString());
    }

    @Test
    void listsAJourneysEventsInTheOrderTheyOccurredAcrossTopics() {
        ClinicEvents journey = new ClinicEvents(UUID.randomUUID().toString());
        journey.publish(journey.milestone(90, HealingMilestone.HEALING_CHECK_PASSED), journey.completed(60),
                journey.confirmed(2), journey.screened(1, ScreeningOutcome.CLEARED, List.of()), journey.booked(0));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                api().get("/api/v1/journeys/" + journey.correlation).body().path("events").size()).isEqualTo(5));
        JsonNode events = api().get("/api/v1/journeys/" + journey.correlation).body().path("events");
        assertThat(StreamSupport.stream(events.spliterator(), false).map(event -> event.path("type").asString()))
                .containsExactly("SessionBooked", "ScreeningCompleted", "BookingConfirmed", "SessionCompleted",
                        "HealingMilestoneReached");
    }

    @Test
    void takesAnEventPublishedTwiceOnce() {
        String location = UUID.randomUUID().toString();
        ClinicEvents journey = new ClinicEvents(location);
        SessionBooked booked = journey.booked(0);
        journey.publish(booked, booked, journey.confirmed(1));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                dashboard().path("funnel").path("byLocation").path(location).path("confirmed").asLong()).isEqualTo(1));
        assertThat(dashboard().path("funnel").path("byLocation").path(location).path("booked").asLong()).isEqualTo(1);
        assertThat(api().get("/api/v1/journeys/" + journey.correlation).body().path("events").size()).isEqualTo(2);
    }

    @Test
    void answers404ForAnUnknownJourney() {
        ApiClient.Response response = api().get("/api/v1/journeys/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.text("detail")).startsWith("No journey");
    }

    private List<JsonNode> latestOf(String client) {
        return StreamSupport.stream(dashboard().path("latestEvents").spliterator(), false)
                .filter(event -> event.path("clientId").asString().equals(client)).toList();
    }

    private JsonNode dashboard() {
        ApiClient.Response response = api().get("/api/v1/dashboard");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
