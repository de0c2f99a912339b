package io.clinicflow.aftercare.plans;

import io.clinicflow.avro.session.SessionAbandoned;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.EventJourney;
import io.clinicflow.messaging.PoisonEventException;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Component
@KafkaListener(id = "aftercare-on-session-events", topics = Topics.SESSION_EVENTS)
class SessionEventsListener {                           // the generated Avro types stop here

    private final AftercarePlanner planner;

    SessionEventsListener(AftercarePlanner planner) {
        this.planner = planner;
    }

    @KafkaHandler
    void on(SessionCompleted avro) {
        planner.start(completedSession(avro), avro.getMeta().getEventId());
    }

    /** An abandoned session stops its course, and with it the aftercare of the course's earlier sessions. */
    @KafkaHandler
    void on(SessionAbandoned avro) {
        planner.cancelCourse(courseIdOf(avro.getCourseId(), avro.getMeta().getEventId()), avro.getMeta().getEventId());
    }

    static UUID courseIdOf(String courseId, String eventId) {
        try {
            return UUID.fromString(courseId);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("Event " + eventId + " names a course that is no UUID: " + courseId);
        }
    }

    private static CompletedSession completedSession(SessionCompleted avro) {
        try {
            return new CompletedSession(UUID.fromString(avro.getSessionId()),
                    UUID.fromString(avro.getMeta().getClientId()), UUID.fromString(avro.getMeta().getLocationId()),
                    UUID.fromString(avro.getPractitionerId()), avro.getCompletedAt(), ZoneId.of(avro.getTimeZone()),
                    areasOf(avro), UUID.fromString(avro.getCourseId()), avro.getSessionNumber(),
                    avro.getCourseLength(), EventJourney.of(avro.getMeta()));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new PoisonEventException("Unplannable SessionCompleted " + avro.getMeta().getEventId() + ": "
                    + e.getMessage());
        }
    }

    private static Set<TreatmentArea> areasOf(SessionCompleted avro) {
        return avro.getAreas().stream().map(area -> TreatmentArea.valueOf(area.name())).collect(Collectors.toSet());
    }

    @KafkaHandler(isDefault = true)
    void skip(Object otherSessionEvent) {}              // declarations, screenings, check-ins: not aftercare's business
}
