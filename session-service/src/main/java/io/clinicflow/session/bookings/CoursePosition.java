package io.clinicflow.session.bookings;

/** Which session of which course a booking is; aftercare plans the next step from it. */
public record CoursePosition(String courseId, int sessionNumber, int courseLength) {
}
