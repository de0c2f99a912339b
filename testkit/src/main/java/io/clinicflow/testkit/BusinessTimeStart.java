package io.clinicflow.testkit;

import io.clinicflow.messaging.BusinessClock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Where the business clock of a test JVM starts, so that the whole suite can be run as if today were another day
 * (ADR 0033). Read from the system property {@value #PROPERTY}:
 * <ul>
 *   <li>absent or {@code now}: today, as the wall clock says;</li>
 *   <li>an instant, {@code 2027-03-27T23:30:00Z};</li>
 *   <li>a date, {@code 2028-02-29}: that day at the wall clock's time of day (UTC);</li>
 *   <li>a period from today, {@code P1Y} or {@code P-3M}.</li>
 * </ul>
 */
public final class BusinessTimeStart {

    public static final String PROPERTY = "clinicflow.test.business-time-start";

    private BusinessTimeStart() {
    }

    /** The business clock this JVM's tests share, started where {@value #PROPERTY} says. */
    public static BusinessClock clock() {
        return BusinessClock.startingAt(parse(System.getProperty(PROPERTY, "now"), Clock.systemUTC()));
    }

    static Instant parse(String start, Clock wallClock) {
        Instant now = wallClock.instant();
        String text = start.strip();
        try {
            if (text.isEmpty() || text.equals("now")) {
                return now;
            }
            if (text.startsWith("P") || text.startsWith("-P")) {
                return now.atOffset(ZoneOffset.UTC).plus(Period.parse(text)).toInstant();
            }
            if (text.contains("T")) {
                return Instant.parse(text);
            }
            return LocalDate.parse(text).atTime(now.atOffset(ZoneOffset.UTC).toLocalTime()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " must be now, an instant, a date or a period, not '"
                    + start + "'", e);
        }
    }
}
