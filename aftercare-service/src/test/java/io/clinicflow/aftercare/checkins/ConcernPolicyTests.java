package io.clinicflow.aftercare.checkins;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConcernPolicyTests {

    private static final LocalDate SESSION_DAY = LocalDate.of(2026, 6, 10);

    @ParameterizedTest(name = "day {0}: redness {1}, pain {2}, infection {3} -> [{4}]")
    @CsvSource(delimiter = '|', textBlock = """
            1 | 3 | 1 | false |
            3 | 2 | 1 | false |
            4 | 1 | 1 | false |
            4 | 2 | 1 | false | REDNESS_AFTER_DAY_3
            9 | 3 | 0 | false | REDNESS_AFTER_DAY_3
            1 | 0 | 0 | true  | SIGNS_OF_INFECTION
            1 | 0 | 3 | false | SEVERE_PAIN
            0 | 0 | 2 | false |
            5 | 2 | 3 | true  | REDNESS_AFTER_DAY_3 SIGNS_OF_INFECTION SEVERE_PAIN
            """)
    void raisesAConcernForLateRednessInfectionOrSeverePain(int day, int redness, int pain, boolean infection,
                                                           String reasons) {
        HealingCheckIn checkIn = new HealingCheckIn(redness, 1, pain, infection, Optional.empty());

        assertThat(ConcernPolicy.reasons(checkIn, SESSION_DAY, SESSION_DAY.plusDays(day)))
                .isEqualTo(reasons == null ? List.of() : Arrays.asList(reasons.split(" ")));
    }
}
