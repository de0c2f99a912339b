package io.clinicflow.booking.bookings;

import java.util.UUID;

/**
 * Which course a booking belongs to: a later session of {@code courseId}, or else a new course of {@code length}
 * sessions (null: the location's default).
 */
public record CourseRequest(UUID courseId, Integer length) {

    public static final CourseRequest NEW_DEFAULT = new CourseRequest(null, null);
}
