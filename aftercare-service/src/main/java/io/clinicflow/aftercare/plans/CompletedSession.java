package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.kernel.Journey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;

/** A treatment session that ended, with what aftercare needs to plan and word (session id = booking id). */
public record CompletedSession(SessionId sessionId, ClientId clientId, UUID locationId, UUID practitionerId,
                               Instant completedAt, ZoneId timeZone, Set<TreatmentArea> areas, CourseId courseId,
                               int sessionNumber, int courseLength, Journey journey) {

    public CompletedSession {
        if (sessionNumber < 1 || courseLength < 1) {
            throw new IllegalArgumentException("Session " + sessionNumber + " of a course of " + courseLength);
        }
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("Session " + sessionId + " treated no area");
        }
        areas = Set.copyOf(areas);
    }

    /** A session numbered at or past the course's length is its last one. */
    public boolean lastSessionOfCourse() {
        return sessionNumber >= courseLength;
    }

    public ZonedDateTime completedLocally() {
        return completedAt.atZone(timeZone);
    }
}
