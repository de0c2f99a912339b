package io.clinicflow.e2e;

import io.clinicflow.avro.common.ReviewDecision;
import io.clinicflow.avro.common.ScreeningOutcome;
import io.clinicflow.avro.session.ScreeningReviewed;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.Clinic.Site;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static io.clinicflow.events.Topics.SESSION_EVENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A relative contraindication waits for a practitioner; the front desk sees the review's decision. */
class ReviewJourneyTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ClinicFlowStack stack = ClinicFlowStack.get();
    private final Clinic clinic = stack.clinic;

    @Test
    void approvedReviewConfirmsAHeldBooking() {
        Site site = clinic.openSite("Review London", "Europe/London", "Amara Okafor");
        String booking = heldForReview(site);

        assertThat(clinic.review(booking, "APPROVE", site.practitionerId(), "Scar history discussed; patch test fine")
                .status()).isEqualTo(201);

        ScreeningReviewed reviewed = stack.topics.awaitEvent(SESSION_EVENTS, ScreeningReviewed.class,
                e -> e.getBookingId().equals(booking));
        assertThat(reviewed.getDecision()).isEqualTo(ReviewDecision.APPROVE);
        assertThat(reviewed.getOutcome()).isEqualTo(ScreeningOutcome.CLEARED);
        assertThat(reviewed.getReviewerId()).isEqualTo(site.practitionerId());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(clinic.status(booking)).isEqualTo("CONFIRMED"));
    }

    @Test
    void declinedReviewDeclinesAHeldBookingAndFreesItsSlot() {
        Site site = clinic.openSite("Review New York", "America/New_York", "Daniel Reyes");
        String booking = heldForReview(site);
        OffsetDateTime startsAt = OffsetDateTime.parse(clinic.booking(booking).path("startsAt").asString());
        int daysAhead = (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(clinic.clock().instant(), site.zone()),
                startsAt.toLocalDate());

        assertThat(clinic.review(booking, "DECLINE", site.practitionerId(), "Keloid history on the face").status())
                .isEqualTo(201);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(clinic.status(booking)).isEqualTo("DECLINED"));
        assertThat(clinic.firstFreeSlot(site, daysAhead).start()).isEqualTo(startsAt);
    }

    private String heldForReview(Site site) {
        String client = clinic.registerClient(site, "Rosalind", "Franklin", "1984-07-25");
        clinic.declareHealth(client, Map.of("PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING", true));
        String booking = clinic.book(client, site, clinic.firstFreeSlot(site, 1)).text("id");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(clinic.status(booking)).isEqualTo("PENDING_REVIEW"));
        return booking;
    }
}
