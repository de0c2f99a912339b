package io.clinicflow.session.events;

import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.kernel.Journey;
import io.clinicflow.messaging.Outbox;
import io.clinicflow.session.declarations.HealthDeclarationSubmitted;
import io.clinicflow.session.reviews.ScreeningReviewed;
import io.clinicflow.session.screening.ScreeningCompleted;
import io.clinicflow.session.sessions.SessionAbandoned;
import io.clinicflow.session.sessions.SessionCompleted;
import io.clinicflow.session.sessions.SessionStarted;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Turns session-service's domain events into Avro and appends them to the outbox, in the transaction of the use
 * case that published them. It listens first, so an event is queued before the events its in-process reactions
 * cause (a declaration before the screenings it re-runs).
 */
@Component
class SessionEventsOutbox {

    private final Outbox outbox;

    SessionEventsOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(HealthDeclarationSubmitted event) {
        EventMetadata meta = stamp("HealthDeclarationSubmitted", event.journey());
        meta.setEventId(event.eventId().toString());
        outbox.append(SessionEventsAvro.healthDeclarationSubmitted(meta, event));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ScreeningCompleted event) {
        outbox.append(SessionEventsAvro.screeningCompleted(stamp("ScreeningCompleted", event.journey()), event));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ScreeningReviewed event) {
        outbox.append(SessionEventsAvro.screeningReviewed(stamp("ScreeningReviewed", event.journey()), event));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SessionAbandoned event) {
        outbox.append(SessionEventsAvro.sessionAbandoned(stamp("SessionAbandoned", event.booking().journey(null)),
                event));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SessionStarted event) {
        outbox.append(SessionEventsAvro.sessionStarted(stamp("SessionStarted", event.booking().journey(null)), event));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SessionCompleted event) {
        outbox.append(SessionEventsAvro.sessionCompleted(stamp("SessionCompleted", event.booking().journey(null)),
                event));
    }

    private EventMetadata stamp(String eventType, Journey journey) {
        return outbox.stamp(eventType, journey);
    }
}
