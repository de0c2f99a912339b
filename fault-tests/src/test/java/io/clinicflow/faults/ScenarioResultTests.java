package io.clinicflow.faults;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioResultTests {

    @Test
    void passesWhenEveryPoisonRecordIsDeadLetteredAndNothingElse() {
        assertThat(result(0, 0, 0).passed()).isTrue();
        assertThat(result(0, 0, 0).row()).endsWith("| 12 (9) | 0 (0) | pass |");
    }

    @Test
    void failsOnAMissingPoisonRecordOrADeadLetterThatIsNotPoison() {
        assertThat(result(1, 0, 0).passed()).isFalse();
        assertThat(result(0, 1, 0).passed()).isFalse();
    }

    @Test
    void aResendWithTheSameMessageIdIsReportedButIsNoFailure() {
        assertThat(result(0, 0, 1).passed()).isTrue();
    }

    @Test
    void failsWhenAnEventForcedPastTheLimitWasNotParkedWithItsClientHeld() {
        ScenarioResult oversized = new ScenarioResult("oversized", 100, 100, 900, 900, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                3, 4, List.of());

        assertThat(oversized.passed()).isFalse();
        assertThat(oversized.row()).endsWith("| 0 (0) | 3 (4) | FAIL |");
    }

    private static ScenarioResult result(int poisonMissing, int deadLettersNotPoison, int sameIdResends) {
        return new ScenarioResult("poison", 100, 100, 900, 900, 0, 0, 0, 0, 0, sameIdResends, 12, 9, poisonMissing,
                deadLettersNotPoison, 0, 0, List.of());
    }
}
