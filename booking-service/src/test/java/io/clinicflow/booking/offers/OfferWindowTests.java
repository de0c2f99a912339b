package io.clinicflow.booking.offers;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class OfferWindowTests {

    private static final LocalDate SESSION = LocalDate.parse("2026-12-01");

    @Test
    void nextSessionWindowRunsFromDay28ToDay42BothIncluded() {
        OfferWindow window = HealingMilestone.NEXT_SESSION_ELIGIBLE.window(SESSION, SESSION.plusDays(28));

        assertThat(window).isEqualTo(new OfferWindow(LocalDate.parse("2026-12-29"), LocalDate.parse("2027-01-12")));
        assertThat(window.days()).hasSize(15);
        assertThat(window.contains(SESSION.plusDays(27))).isFalse();
        assertThat(window.contains(SESSION.plusDays(42))).isTrue();
        assertThat(window.contains(SESSION.plusDays(43))).isFalse();
    }

    @Test
    void maintenanceWindowRunsFourteenDaysFromTheDueDate() {
        LocalDate due = LocalDate.parse("2027-06-01");

        assertThat(HealingMilestone.MAINTENANCE_DUE.window(SESSION, due))
                .isEqualTo(new OfferWindow(due, LocalDate.parse("2027-06-15")));
    }
}
