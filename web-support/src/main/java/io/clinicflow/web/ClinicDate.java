package io.clinicflow.web;

import io.clinicflow.kernel.DateOfBirth;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/**
 * A date or moment a clinic can mean: its calendar day, in its own offset, from {@code from} to {@code until}
 * (default {@value #FIRST_DAY} to {@value #LAST_DAY}); a birth date from {@value #EARLIEST_BIRTH}. Java and Jackson
 * take years up to a billion, PostgreSQL refuses years past 294 276 and the calendar's arithmetic slows with the
 * distance: {@code +99999999-01-01} answered 500 and {@code -99999-01-01} was stored as a birth date (issue 23,
 * ADR 0040). The range is fixed, not moved with the business clock, so an answer never depends on the day.
 */
@Constraint(validatedBy = ClinicDate.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ClinicDate {

    /** The first day of a booking, closure, time off or offer: before any of the chain's records. */
    String FIRST_DAY = "2000-01-01";
    /** The last day of a booking, closure, time off or offer: a clinic plans months ahead, not a century. */
    String LAST_DAY = "2099-12-31";
    /** The earliest birth date, and the earliest day a client can say something last happened to them. */
    String EARLIEST_BIRTH = DateOfBirth.EARLIEST;

    String message() default "must be a date from {from} to {until}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The first day taken, an ISO date. */
    String from() default FIRST_DAY;

    /** The last day taken, an ISO date. */
    String until() default LAST_DAY;

    /** Any {@link LocalDate}, {@code OffsetDateTime}, {@code ZonedDateTime}, {@code LocalDateTime} or {@link Instant}. */
    final class Validator implements ConstraintValidator<ClinicDate, Temporal> {

        private LocalDate from;
        private LocalDate until;

        @Override
        public void initialize(ClinicDate range) {
            from = LocalDate.parse(range.from());
            until = LocalDate.parse(range.until());
        }

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;        // @NotNull says whether it may be missing
            }
            LocalDate day = value instanceof Instant instant ? LocalDate.ofInstant(instant, ZoneOffset.UTC)
                    : LocalDate.from(value);
            return !day.isBefore(from) && !day.isAfter(until);
        }
    }
}
