package io.clinicflow.booking.courses;

import io.clinicflow.kernel.ConflictException;

import java.time.LocalDate;

/** A session of a course would come too soon after another one of the same course: 409 naming the earliest date. */
public class SessionsTooClose extends ConflictException {

    private final LocalDate earliestAllowedDate;

    SessionsTooClose(int minDays, LocalDate earliestAllowedDate) {
        super("Sessions of a course are at least " + minDays + " days apart: the earliest allowed date is "
                + earliestAllowedDate);
        this.earliestAllowedDate = earliestAllowedDate;
    }

    public LocalDate earliestAllowedDate() {
        return earliestAllowedDate;
    }
}
