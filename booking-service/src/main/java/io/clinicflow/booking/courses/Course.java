package io.clinicflow.booking.courses;

import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;

import java.time.Instant;
import java.util.UUID;

/** A course of sessions for a client at a location (DESIGN §4: 3–6 sessions; a maintenance session is a course of 1). */
public record Course(UUID id, ClientId clientId, LocationId locationId, int length, Instant openedAt,
                     Instant cancelledAt) {

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    /** Where the course stands once {@code sessionsDone} of its sessions took place. */
    public CourseStatus status(int sessionsDone) {
        if (isCancelled()) {
            return CourseStatus.CANCELLED;
        }
        return sessionsDone >= length ? CourseStatus.COMPLETED : CourseStatus.OPEN;
    }
}
