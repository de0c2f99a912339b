package io.clinicflow.booking.bookings;

import java.util.UUID;

/** Which session of which course a booking is. */
public record CoursePosition(UUID courseId, int sessionNumber, int courseLength) {

    public boolean isLast() {
        return sessionNumber >= courseLength;
    }
}
