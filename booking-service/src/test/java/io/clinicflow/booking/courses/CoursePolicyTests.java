package io.clinicflow.booking.courses;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoursePolicyTests {

    private static final LocalDate FIRST_SESSION = LocalDate.parse("2026-12-01");

    @ParameterizedTest(name = "{0} days apart, at least {1}: allowed {2}, else from {3}")
    @CsvSource(nullValues = "-", textBlock = """
            28, 28, true,  -
            27, 28, false, 2026-12-29
            14, 14, true,  -
            13, 14, false, 2026-12-15
            -3, 28, false, 2026-12-29
            """)
    void keepsSessionsOfACourseTheLocationsDaysApart(int daysApart, int minDays, boolean allowed, LocalDate earliest) {
        CoursePolicy policy = new CoursePolicy(minDays);
        LocalDate next = FIRST_SESSION.plusDays(daysApart);

        if (allowed) {
            assertThatCode(() -> policy.requireSpacing(next, List.of(FIRST_SESSION))).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> policy.requireSpacing(next, List.of(FIRST_SESSION)))
                    .isInstanceOfSatisfying(SessionsTooClose.class, e ->
                            assertThat(e.earliestAllowedDate()).isEqualTo(earliest));
        }
    }
}
