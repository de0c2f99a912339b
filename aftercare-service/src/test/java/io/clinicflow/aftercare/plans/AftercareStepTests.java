package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.milestones.HealingMilestone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static io.clinicflow.aftercare.plans.AftercareStep.DAY0_INSTRUCTIONS;
import static io.clinicflow.aftercare.plans.AftercareStep.DAY1_CHECK_IN;
import static io.clinicflow.aftercare.plans.AftercareStep.DAY3_SKINCARE;
import static io.clinicflow.aftercare.plans.AftercareStep.DAY7_HEALING_CHECK;
import static io.clinicflow.aftercare.plans.AftercareStep.MAINTENANCE;
import static io.clinicflow.aftercare.plans.AftercareStep.NEXT_SESSION;
import static io.clinicflow.aftercare.plans.AftercareStep.RESULTS_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN §6: the steps of a plan, which of them are messages, and which milestone each of the others reaches. */
class AftercareStepTests {

    @ParameterizedTest(name = "{0}: message {1}, milestone {2}")
    @CsvSource(nullValues = "-", textBlock = """
            DAY0_INSTRUCTIONS,  true,  -
            DAY1_CHECK_IN,      true,  -
            DAY3_SKINCARE,      true,  -
            DAY7_HEALING_CHECK, false, HEALING_CHECK_PASSED
            FOLLOW_UP_OFFER,    true,  -
            NEXT_SESSION,       false, NEXT_SESSION_ELIGIBLE
            RESULTS_REVIEW,     true,  -
            MAINTENANCE,        false, MAINTENANCE_DUE
            """)
    void isAMessageOrReachesItsMilestone(AftercareStep step, boolean message, HealingMilestone milestone) {
        assertThat(step.isMessage()).isEqualTo(message);
        assertThat(step.milestone()).isEqualTo(Optional.ofNullable(milestone));
    }

    @Test
    void plansTheNextSessionBeforeTheLastSessionOfACourseAndMaintenanceAfterIt() {
        assertThat(AftercareStep.planFor(false)).containsExactly(DAY0_INSTRUCTIONS, DAY1_CHECK_IN, DAY3_SKINCARE,
                DAY7_HEALING_CHECK, NEXT_SESSION, RESULTS_REVIEW);
        assertThat(AftercareStep.planFor(true)).containsExactly(DAY0_INSTRUCTIONS, DAY1_CHECK_IN, DAY3_SKINCARE,
                DAY7_HEALING_CHECK, RESULTS_REVIEW, MAINTENANCE);
    }

    @Test
    void plansTheFollowUpOfferOnlyWhenBookingOffersIt() {
        assertThat(AftercareStep.FOLLOW_UP_OFFER.plannedAtCompletion()).isFalse();
        assertThat(DAY0_INSTRUCTIONS.plannedAtCompletion()).isTrue();
    }
}
