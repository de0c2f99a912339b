package io.clinicflow.booking.courses;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Sessions of one course lie at least {@code minDaysBetweenSessions} calendar dates (location's zone) apart. */
public record CoursePolicy(int minDaysBetweenSessions) {

    /** Refuses a session date closer than the minimum to another session of the course, naming the earliest date. */
    public void requireSpacing(LocalDate date, List<LocalDate> otherSessions) {
        otherSessions.stream()
                .filter(other -> Math.abs(ChronoUnit.DAYS.between(other, date)) < minDaysBetweenSessions)
                .max(LocalDate::compareTo)
                .ifPresent(closest -> {
                    throw new SessionsTooClose(minDaysBetweenSessions, closest.plusDays(minDaysBetweenSessions));
                });
    }
}
