package io.clinicflow.aftercare.plans;

import io.clinicflow.aftercare.clients.ClientId;
import io.clinicflow.aftercare.sessions.SessionId;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.avro.session.SessionAbandoned;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.EventBatches;
import io.clinicflow.messaging.EventFields;
import io.clinicflow.messaging.EventJourney;
import io.clinicflow.messaging.PoisonEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * session-service's completed and abandoned sessions; a poll's records in one transaction (EventBatches, ADR 0053).
 * The generated Avro types stop here.
 */
@Component
class SessionEventsListener {

    private final AftercarePlanner planner;
    private final EventBatches batches;

    SessionEventsListener(AftercarePlanner planner, EventBatches batches) {
        this.planner = planner;
        this.batches = batches;
    }

    @KafkaListener(id = "aftercare-on-session-events", topics = Topics.SESSION_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        batches.handle(records, this::handle);
    }

    private void handle(Object event) {
        switch (event) {
            case SessionCompleted completed -> startPlan(completed);
            case SessionAbandoned abandoned -> cancelCourse(abandoned);
            default -> {
                // declarations, screenings, check-ins: not aftercare's business
            }
        }
    }

    private void startPlan(SessionCompleted avro) {
        planner.start(completedSession(avro), avro.getMeta().getEventId());
    }

    /** An abandoned session stops its course, and with it the aftercare of the course's earlier sessions. */
    private void cancelCourse(SessionAbandoned avro) {
        planner.cancelCourse(courseIdOf(avro.getMeta(), avro.getCourseId()), avro.getMeta().getEventId());
    }

    private static CourseId courseIdOf(EventMetadata meta, String courseId) {
        return new CourseId(EventFields.uuid(meta, "courseId", courseId));
    }

    private static CompletedSession completedSession(SessionCompleted avro) {
        EventMetadata meta = avro.getMeta();
        var sessionId = new SessionId(EventFields.uuid(meta, "sessionId", avro.getSessionId()));
        var clientId = new ClientId(EventFields.uuid(meta, "clientId", meta.getClientId()));
        var locationId = EventFields.uuid(meta, "locationId", meta.getLocationId());
        var practitionerId = EventFields.uuid(meta, "practitionerId", avro.getPractitionerId());
        var timeZone = EventFields.zone(meta, "timeZone", avro.getTimeZone());
        var courseId = courseIdOf(meta, avro.getCourseId());
        try {
            return new CompletedSession(sessionId, clientId, locationId, practitionerId, avro.getCompletedAt(),
                    timeZone, areasOf(avro), courseId, avro.getSessionNumber(), avro.getCourseLength(),
                    EventJourney.of(meta));
        } catch (IllegalArgumentException noPlanCanFollow) {     // no area treated, or numbered below 1
            throw new PoisonEventException("Unplannable SessionCompleted " + meta.getEventId() + ": "
                    + noPlanCanFollow.getMessage());
        }
    }

    private static Set<TreatmentArea> areasOf(SessionCompleted avro) {
        return avro.getAreas().stream().map(area -> TreatmentArea.valueOf(area.name())).collect(Collectors.toSet());
    }
}
