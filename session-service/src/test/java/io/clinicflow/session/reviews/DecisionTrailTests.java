package io.clinicflow.session.reviews;

import io.clinicflow.session.bookings.BookingId;
import io.clinicflow.session.reviews.DecisionTrail.Decision;
import io.clinicflow.session.reviews.DecisionTrail.Kind;
import io.clinicflow.session.screening.Screening;
import io.clinicflow.session.screening.ScreeningId;
import io.clinicflow.session.screening.ScreeningOutcome;
import io.clinicflow.session.screening.ScreeningTrigger;
import io.clinicflow.session.screening.ScreeningView;
import io.clinicflow.session.screening.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DecisionTrailTests {

    private static final BookingId BOOKING = new BookingId(UUID.fromString("0d7e5f8a-1b2c-4d3e-8f90-a1b2c3d4e5f6"));
    private static final UUID REVIEWER = UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");

    private final Screening heldForReview = screening("2026-11-01T09:00:00Z", new Verdict(
            ScreeningOutcome.REVIEW_REQUIRED, List.of("RETINOID_RECENT"), Optional.empty(),
            List.of("PAUSE_RETINOIDS"), "2026.11.1"), ScreeningTrigger.SESSION_BOOKED);
    private final Screening deferred = screening("2026-11-03T09:00:00Z", new Verdict(ScreeningOutcome.DEFERRED,
            List.of("SUNBURN"), Optional.of(LocalDate.parse("2026-12-10")), List.of(), "2026.11.2"),
            ScreeningTrigger.DECLARATION_SUBMITTED);
    private final ScreeningReview approval = new ScreeningReview(UUID.randomUUID(), heldForReview.id(), BOOKING,
            ReviewDecision.APPROVE, REVIEWER, "stopped retinoids a week ago", Instant.parse("2026-11-02T10:30:00Z"));

    @Test
    void listsEveryEvaluationAndReviewOfTheBookingInTheOrderTheyWereMade() {
        Screening undeclared = screening("2026-10-30T09:00:00Z", new Verdict(ScreeningOutcome.DECLARATION_REQUIRED,
                List.of("DECLARATION_MISSING_OR_EXPIRED"), Optional.empty(), List.of(), "2026.10.1"),
                ScreeningTrigger.SESSION_BOOKED);

        DecisionTrail trail = DecisionTrail.of(deferred, List.of(undeclared, heldForReview, deferred),
                List.of(approval));

        assertThat(trail.decisions()).extracting(Decision::kind, Decision::screeningId, Decision::ruleSetVersion,
                Decision::decidedAt).containsExactly(
                tuple(Kind.EVALUATION, undeclared.id().value(), "2026.10.1", utc("2026-10-30T09:00:00Z")),
                tuple(Kind.EVALUATION, heldForReview.id().value(), "2026.11.1", utc("2026-11-01T09:00:00Z")),
                tuple(Kind.REVIEW, heldForReview.id().value(), "2026.11.1", utc("2026-11-02T10:30:00Z")),
                tuple(Kind.EVALUATION, deferred.id().value(), "2026.11.2", utc("2026-11-03T09:00:00Z")));
    }

    @Test
    void showsTheScreeningAskedForAsTheApiShowsIt() {
        ScreeningView shown = DecisionTrail.of(deferred, List.of(heldForReview, deferred), List.of()).screening();

        assertThat(shown).isEqualTo(new ScreeningView(deferred.id().value(), BOOKING.value(),
                ScreeningOutcome.DEFERRED, List.of("SUNBURN"), LocalDate.parse("2026-12-10"), List.of(), "2026.11.2",
                ScreeningTrigger.DECLARATION_SUBMITTED, utc("2026-11-03T09:00:00Z")));
    }

    @Test
    void anEvaluationIsDecidedByTheRuleSetForItsTrigger() {
        Decision evaluation = Decision.of(deferred);

        assertThat(evaluation).isEqualTo(new Decision(Kind.EVALUATION, deferred.id().value(), DecisionTrail.RULE_SET,
                utc("2026-11-03T09:00:00Z"), "2026.11.2", ScreeningTrigger.DECLARATION_SUBMITTED,
                ScreeningOutcome.DEFERRED, List.of("SUNBURN"), LocalDate.parse("2026-12-10"), List.of(), null, null));
    }

    @Test
    void aReviewCarriesTheVersionAndReasonsOfTheScreeningItDecidedOn() {
        Decision review = Decision.of(approval, heldForReview);

        assertThat(review).isEqualTo(new Decision(Kind.REVIEW, heldForReview.id().value(), REVIEWER.toString(),
                utc("2026-11-02T10:30:00Z"), "2026.11.1", null, ScreeningOutcome.CLEARED,
                List.of("RETINOID_RECENT"), null, List.of("PAUSE_RETINOIDS"), ReviewDecision.APPROVE,
                "stopped retinoids a week ago"));
    }

    @Test
    void anApprovalClearsTheBookingAndADeclineDeclinesIt() {
        assertThat(approval.outcome()).isEqualTo(ScreeningOutcome.CLEARED);
        assertThat(ReviewDecision.DECLINE.outcome()).isEqualTo(ScreeningOutcome.DECLINED);
    }

    private static OffsetDateTime utc(String moment) {
        return OffsetDateTime.parse(moment);
    }

    private static Screening screening(String screenedAt, Verdict verdict, ScreeningTrigger trigger) {
        return new Screening(ScreeningId.random(), BOOKING, verdict, Instant.parse(screenedAt), trigger,
                UUID.randomUUID().toString());
    }
}
