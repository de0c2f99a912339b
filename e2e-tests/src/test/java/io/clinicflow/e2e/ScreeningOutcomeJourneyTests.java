package io.clinicflow.e2e;

import io.clinicflow.testkit.ApiClient;
import io.clinicflow.testkit.Clinic;
import io.clinicflow.testkit.Clinic.Site;
import io.clinicflow.testkit.Clinic.Slot;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each screening outcome, as the front desk sees it on GET /bookings/{id}. */
class ScreeningOutcomeJourneyTests {

    private final Clinic clinic = ClinicFlowStack.get().clinic;

    @Test
    void nothingToDeclareConfirmsTheBooking() {
        JsonNode booking = bookAfterDeclaring(Map.of());

        assertThat(booking.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(booking.path("screening").path("outcome").asString()).isEqualTo("CLEARED");
    }

    @Test
    void pregnancyDeclinesTheBooking() {
        JsonNode booking = bookAfterDeclaring(Map.of("PREGNANT_OR_BREASTFEEDING", true));

        assertThat(booking.path("status").asString()).isEqualTo("DECLINED");
        assertThat(booking.path("screening").path("reasonCodes")).extracting(JsonNode::asString).contains("PREGNANCY");
    }

    @Test
    void recentIsotretinoinDefersUntilSixMonthsAfterTheLastDose() {
        LocalDate lastDose = today().minusMonths(1);

        JsonNode booking = bookAfterDeclaring(Map.of("ISOTRETINOIN_LAST_DOSE", lastDose.toString()));

        assertThat(booking.path("status").asString()).isEqualTo("DEFERRED");
        assertThat(booking.path("screening").path("earliestEligibleDate").asString())
                .isEqualTo(lastDose.plusMonths(6).toString());
    }

    @Test
    void keloidTendencyHoldsTheBookingForReview() {
        JsonNode booking = bookAfterDeclaring(Map.of("PRONE_TO_KELOID_OR_HYPERTROPHIC_SCARRING", true));

        assertThat(booking.path("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(booking.path("screening").path("outcome").asString()).isEqualTo("REVIEW_REQUIRED");
    }

    @Test
    void noDeclarationAwaitsOneAndADeclarationThenConfirms() {
        Site site = clinic.openSite("Screening Sydney", "Australia/Sydney", "Mei Tanaka");
        String client = clinic.registerClient(site, "Grace", "Hopper", "1985-12-09");
        String booking = clinic.book(client, site, clinic.firstFreeSlot(site, 2)).text("id");

        assertThat(settled(booking).path("status").asString()).isEqualTo("AWAITING_DECLARATION");
        assertThat(settled(booking).path("screening").path("outcome").asString()).isEqualTo("DECLARATION_REQUIRED");

        assertThat(clinic.declareHealth(client, Map.of()).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(clinic.status(booking)).isEqualTo("CONFIRMED"));
    }

    private JsonNode bookAfterDeclaring(Map<String, Object> answers) {
        Site site = clinic.openSite("Screening New York", "America/New_York", "Daniel Reyes");
        String client = clinic.registerClient(site, "Katherine", "Johnson", "1988-08-26");
        assertThat(clinic.declareHealth(client, answers).status()).isEqualTo(201);
        Slot slot = clinic.firstFreeSlot(site, 2);
        ApiClient.Response booked = clinic.book(client, site, slot);
        assertThat(booked.status()).isEqualTo(201);
        return settled(booked.text("id"));
    }

    /** The booking once screening has answered (it leaves PENDING_SCREENING). */
    private JsonNode settled(String booking) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> clinic.booking(booking),
                view -> !view.path("status").asString().equals("PENDING_SCREENING"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clinic.clock().instant(), java.time.ZoneId.of("America/New_York"));
    }
}
