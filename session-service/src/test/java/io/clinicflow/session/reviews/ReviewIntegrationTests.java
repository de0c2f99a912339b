package io.clinicflow.session.reviews;

import io.clinicflow.avro.common.ReviewDecision;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.ScreeningReviewed;
import io.clinicflow.events.Topics;
import io.clinicflow.session.BookingServiceStandIn.BookedSession;
import io.clinicflow.session.SessionServiceTest;
import io.clinicflow.session.WithNewClient;
import io.clinicflow.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SessionServiceTest
class ReviewIntegrationTests extends WithNewClient {

    private final UUID practitioner = UUID.randomUUID();

    @Test
    void approvesAScreeningWithANoteAndKeepsBothDecisionsInTheTrail() {
        ScreeningCompleted screening = screenedWith(Map.of("ACTIVE_ACNE_IN_AREA", true));

        ApiClient.Response response = review(screening, "APPROVE", "mild, treat around the active spots");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.text("outcome")).isEqualTo("CLEARED");
        ScreeningReviewed reviewed = awaitReview(screening);
        assertThat(reviewed.getDecision()).isEqualTo(ReviewDecision.APPROVE);
        assertThat(reviewed.getOutcome()).isEqualTo(ScreeningOutcome.CLEARED);
        assertThat(reviewed.getBookingId()).isEqualTo(screening.getBookingId());
        assertThat(reviewed.getReviewerId()).isEqualTo(practitioner.toString());
        assertThat(reviewed.getMeta().getClientId()).isEqualTo(clientId.toString());
        assertThat(reviewed.getMeta().getCorrelationId()).isEqualTo(screening.getMeta().getCorrelationId());
        JsonNode trail = api.get("/api/v1/screenings/" + screening.getScreeningId()).body();
        assertThat(trail.path("screening").path("outcome").asString()).isEqualTo("REVIEW_REQUIRED");
        assertThat(trail.path("decisions")).extracting(d -> String.join(" ", text(d, "kind"), text(d, "decidedBy"),
                        text(d, "ruleSetVersion"), text(d, "trigger"), text(d, "outcome"),
                        d.path("reasonCodes").get(0).asString(), text(d, "note")))
                .containsExactly(
                        "EVALUATION RULE_SET 2026.11.1 SESSION_BOOKED REVIEW_REQUIRED ACTIVE_ACNE ",
                        "REVIEW " + practitioner + " 2026.11.1  CLEARED ACTIVE_ACNE mild, treat around the active spots");
        assertThat(trail.path("decisions").get(1).path("decidedAt").asString()).endsWith("Z");
    }

    @Test
    void declinesAScreeningOnReviewOnlyOnce() {
        ScreeningCompleted screening = screenedWith(Map.of("ANTICOAGULANTS", true));

        assertThat(review(screening, "DECLINE", null).status()).isEqualTo(201);

        ScreeningReviewed reviewed = awaitReview(screening);
        assertThat(reviewed.getDecision()).isEqualTo(ReviewDecision.DECLINE);
        assertThat(reviewed.getOutcome()).isEqualTo(ScreeningOutcome.DECLINED);
        ApiClient.Response again = review(screening, "APPROVE", "changed my mind");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("detail")).contains("reviewed already");
        assertThat(decisionsOf(screening)).hasSize(2);
    }

    @Test
    void refusesToReviewAClearedScreening() {
        ScreeningCompleted screening = screenedWith(Map.of());

        ApiClient.Response response = review(screening, "APPROVE", "fine");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text("detail")).contains("CLEARED", "REVIEW_REQUIRED");
        assertThat(decisionsOf(screening)).hasSize(1);
    }

    @Test
    void refusesToReviewAScreeningANewDeclarationSuperseded() {
        ScreeningCompleted screening = screenedWith(Map.of("IMMUNOSUPPRESSED", true));
        declare(Map.of("IMMUNOSUPPRESSED", true, "COLD_SORE_HISTORY", true));

        ApiClient.Response response = review(screening, "APPROVE", "stable on medication");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.text("detail")).contains("superseded");
        assertThat(decisionsOf(screening)).extracting(d -> d.path("kind").asString())
                .containsExactly("EVALUATION", "EVALUATION");
    }

    @Test
    void requiresANoteToApproveAndStoresNothingWithout() {
        ScreeningCompleted screening = screenedWith(Map.of("DIABETES_UNCONTROLLED", true));

        ApiClient.Response blank = review(screening, "APPROVE", "  ");
        ApiClient.Response missing = review(screening, "APPROVE", null);

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().path("errors").get(0).path("field").asString()).isEqualTo("note");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(decisionsOf(screening)).hasSize(1);
        assertThat(probe.eventsOf(Topics.SESSION_EVENTS, ScreeningReviewed.class, clientId.toString())).isEmpty();
    }

    @Test
    void refusesAReviewWithoutDecisionOrPractitioner() {
        ApiClient.Response response = api.post("/api/v1/screenings/" + UUID.randomUUID() + "/review",
                Map.of("decision", "MAYBE", "reviewer", practitioner.toString()));
        ApiClient.Response noReviewer = api.post("/api/v1/screenings/" + UUID.randomUUID() + "/review",
                Map.of("decision", "DECLINE", "reviewer", "dr-who"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asString()).isEqualTo("decision");
        assertThat(noReviewer.status()).isEqualTo(400);
        assertThat(noReviewer.body().path("errors").get(0).path("field").asString()).isEqualTo("reviewer");
    }

    @Test
    void knowsNoUnknownScreening() {
        UUID unknown = UUID.randomUUID();

        assertThat(api.get("/api/v1/screenings/" + unknown).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/screenings/" + unknown + "/review",
                Map.of("decision", "DECLINE", "reviewer", practitioner.toString())).status()).isEqualTo(404);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNull() || value.isMissingNode() ? "" : value.asString();
    }

    private ScreeningCompleted screenedWith(Map<String, Object> answers) {
        bookingService.registerClient(clientId, LocalDate.parse("1985-06-15"), UUID.randomUUID().toString());
        declare(answers);
        BookedSession booking = bookingService.book(clientId, clock.instant().plus(Duration.ofDays(4)));
        return probe.awaitEvent(Topics.SESSION_EVENTS, ScreeningCompleted.class,
                e -> e.getBookingId().equals(booking.bookingId().toString()));
    }

    private void declare(Map<String, Object> answers) {
        assertThat(api.post("/api/v1/clients/" + clientId + "/health-declarations", Map.of("answers", answers))
                .status()).isEqualTo(201);
    }

    private ApiClient.Response review(ScreeningCompleted screening, String decision, String note) {
        Map<String, Object> body = note == null ? Map.of("decision", decision, "reviewer", practitioner.toString())
                : Map.of("decision", decision, "reviewer", practitioner.toString(), "note", note);
        return api.post("/api/v1/screenings/" + screening.getScreeningId() + "/review", body);
    }

    private ScreeningReviewed awaitReview(ScreeningCompleted screening) {
        return probe.awaitEvent(Topics.SESSION_EVENTS, ScreeningReviewed.class,
                e -> e.getScreeningId().equals(screening.getScreeningId()));
    }

    private JsonNode decisionsOf(ScreeningCompleted screening) {
        return api.get("/api/v1/screenings/" + screening.getScreeningId()).body().path("decisions");
    }
}
