package io.clinicflow.session.events;

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
 * case that published them; the outbox stamps each record's metadata. It listens first, so an event is queued
 * before the events its in-process reactions cause (a declaration before the screenings it re-runs).
 */
@Component
class SessionEventsOutbox {

    private final Outbox outbox;

    SessionEventsOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The declaration's event keeps the id it was published with: the screenings it causes name it as their cause. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(HealthDeclarationSubmitted event) {
        outbox.append(event.journey(), meta -> {
            meta.setEventId(event.eventId().toString());
            return SessionEventsAvro.healthDeclarationSubmitted(meta, event);
        });
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ScreeningCompleted event) {
        outbox.append(event.journey(), meta -> SessionEventsAvro.screeningCompleted(meta, event));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ScreeningReviewed event) {
        outbox.append(event.journey(), meta -> SessionEventsAvro.screeningReviewed(meta, event));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SessionAbandoned event) {
        outbox.append(event.booking().journey(null), meta -> SessionEventsAvro.sessionAbandoned(meta, event));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SessionStarted event) {
        outbox.append(event.booking().journey(null), meta -> SessionEventsAvro.sessionStarted(meta, event));
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(SessionCompleted event) {
        outbox.append(event.booking().journey(null), meta -> SessionEventsAvro.sessionCompleted(meta, event));
    }
}
