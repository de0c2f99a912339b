package io.clinicflow.events;

import java.util.List;
import java.util.stream.Stream;

/**
 * The one registry of ClinicFlow topic names. Code and tests name topics through these constants, never a literal.
 * One event topic per producing service, so that all events of one client (the record key) stay in order; projections
 * for readers outside ClinicFlow beside them.
 */
public final class Topics {

    /**
     * booking-service: clients, bookings and their screening reactions, follow-up offers. No declaration or screening
     * reasons, yet a deferral, a decline and the treatment areas tell health: restricted to ClinicFlow (ADR 0027).
     */
    public static final String BOOKING_EVENTS = "clinic.booking.events.v1";
    /** session-service: declarations, screenings, treatment sessions. Clinical (restricted). */
    public static final String SESSION_EVENTS = "clinic.session.events.v1";
    /** aftercare-service: plans, messages, check-ins, milestones. Clinical (restricted). */
    public static final String AFTERCARE_EVENTS = "clinic.aftercare.events.v1";
    /**
     * booking-service's projection of each client's journey for CRM subscribers: stages, dates, places and offers,
     * never health data (ADR 0027). The CRM's credentials may read this topic and nothing else (ADR 0028).
     */
    public static final String CRM_CLIENT_JOURNEY = "clinic.crm.client-journey.v1";

    /**
     * ops-dashboard's own state, not events: its projection's latest snapshot per consumer group (the record key),
     * so that a restart resumes where it stood instead of replaying the event topics (ADR 0061). Compacted; read and
     * written by the dashboard only, so it is not among {@link #all()}: no service, subscriber or dead-letter topic
     * has business with it.
     */
    public static final String DASHBOARD_SNAPSHOTS = "clinic.ops-dashboard.snapshots.v1";

    /** Suffix of the dead-letter topic that holds a source topic's poison records, bytes untouched. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** The services' event streams: each is consumed by other services, so each has a dead-letter topic. */
    public static final List<String> EVENT_TOPICS = List.of(BOOKING_EVENTS, SESSION_EVENTS, AFTERCARE_EVENTS);

    /**
     * Projections for readers outside ClinicFlow. No ClinicFlow consumer reads them, so no ClinicFlow error handler
     * writes a dead letter of theirs: they have no dead-letter topic (a subscriber keeps its own).
     */
    public static final List<String> PROJECTION_TOPICS = List.of(CRM_CLIENT_JOURNEY);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Every topic a ClinicFlow service writes events to: the event topics and the projections. */
    public static List<String> published() {
        return Stream.concat(EVENT_TOPICS.stream(), PROJECTION_TOPICS.stream()).toList();
    }

    /** Every topic ClinicFlow needs: the event topics with their dead-letter topics, and the projections. */
    public static List<String> all() {
        return Stream.concat(EVENT_TOPICS.stream().flatMap(topic -> Stream.of(topic, deadLetterOf(topic))),
                PROJECTION_TOPICS.stream()).toList();
    }
}
