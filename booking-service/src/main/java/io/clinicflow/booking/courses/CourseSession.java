package io.clinicflow.booking.courses;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A booking of a course as the course shows it. */
public record CourseSession(UUID bookingId, int sessionNumber, OffsetDateTime startsAt, String status) {

    static final String COMPLETED = "COMPLETED";

    boolean isDone() {
        return COMPLETED.equals(status);
    }
}
