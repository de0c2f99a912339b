package io.clinicflow.booking.courses;

import java.util.List;
import java.util.UUID;

/** Where courses learn about their bookings; the bookings feature answers it. */
public interface CourseSessions {

    /** The bookings of the course, in session order. */
    List<CourseSession> of(UUID courseId);
}
