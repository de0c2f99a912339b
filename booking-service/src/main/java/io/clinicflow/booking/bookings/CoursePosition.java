package io.clinicflow.booking.bookings;

import java.util.UUID;

/** Which session of which course a booking is. */
public record CoursePosition(UUID courseId, int sessionNumber, int courseLength) {

    /** DESIGN §4: a lone booking opens a course of the location's default length (3 sessions). */
    public static final int DEFAULT_COURSE_LENGTH = 3;

    public static CoursePosition opening() {
        return new CoursePosition(UUID.randomUUID(), 1, DEFAULT_COURSE_LENGTH);
    }

    public CoursePosition next() {
        return new CoursePosition(courseId, sessionNumber + 1, courseLength);
    }
}
