package io.clinicflow.web;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The days a clinic can mean (ADR 0040): the first and last day of each range taken, the day beyond refused. */
class ClinicDateTests {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Closure(@ClinicDate LocalDate date) {
    }

    record Booking(@ClinicDate OffsetDateTime startsAt) {
    }

    record Event(@ClinicDate Instant occurredAt) {
    }

    record Client(@ClinicDate(from = ClinicDate.EARLIEST_BIRTH) LocalDate dateOfBirth) {
    }

    @ParameterizedTest(name = "closure on {0}: taken {1}")
    @CsvSource(textBlock = """
            2000-01-01,      true
            2099-12-31,      true
            1999-12-31,      false
            2100-01-01,      false
            +10000-01-01,    false
            +99999999-01-01, false
            -99999-01-01,    false
            """)
    void takesTheDaysOfAClinicsCalendar(LocalDate day, boolean taken) {
        assertThat(VALIDATOR.validate(new Closure(day)).isEmpty()).isEqualTo(taken);
    }

    @ParameterizedTest(name = "booking at {0}: taken {1}")
    @CsvSource(textBlock = """
            2099-12-31T23:30:00-10:00, true
            2000-01-01T00:30:00+14:00, true
            2100-01-01T00:30:00+14:00, false
            +99999999-01-01T10:00:00Z, false
            """)
    void judgesAMomentByItsDayInItsOwnOffset(OffsetDateTime startsAt, boolean taken) {
        assertThat(VALIDATOR.validate(new Booking(startsAt)).isEmpty()).isEqualTo(taken);
    }

    @ParameterizedTest(name = "instant {0}: taken {1}")
    @CsvSource(textBlock = """
            2099-12-31T23:59:59Z, true
            2100-01-01T00:00:00Z, false
            """)
    void judgesAnInstantByItsDayInUtc(Instant occurredAt, boolean taken) {
        assertThat(VALIDATOR.validate(new Event(occurredAt)).isEmpty()).isEqualTo(taken);
    }

    @ParameterizedTest(name = "born {0}: taken {1}")
    @CsvSource(textBlock = """
            1900-01-01,   true
            1899-12-31,   false
            -99999-01-01, false
            """)
    void takesBirthDatesFrom1900(LocalDate dateOfBirth, boolean taken) {
        assertThat(VALIDATOR.validate(new Client(dateOfBirth)).isEmpty()).isEqualTo(taken);
    }

    @ParameterizedTest(name = "message names the range")
    @CsvSource("2100-01-01")
    void saysWhichDaysItTakes(LocalDate day) {
        assertThat(VALIDATOR.validate(new Closure(day))).singleElement()
                .satisfies(violation -> assertThat(violation.getMessage())
                        .isEqualTo("must be a date from 2000-01-01 to 2099-12-31"));
    }
}
