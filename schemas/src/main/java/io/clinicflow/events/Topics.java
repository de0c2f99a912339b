package io.clinicflow.events;

import java.util.List;

/**
 * The one registry of ClinicFlow topic names. Code and tests name topics through these constants, never a literal.
 * One topic per producing service, so that all events of one client (the record key) stay in order.
 */
public final class Topics {

    /** booking-service: clients, bookings and their screening reactions, follow-up offers. Operational data only. */
    public static final String BOOKING_EVENTS = "clinic.booking.events.v1";
    /** session-service: declarations, screenings, treatment sessions. Clinical (restricted). */
    public static final String SESSION_EVENTS = "clinic.session.events.v1";
    /** aftercare-service: plans, messages, check-ins, milestones. Clinical (restricted). */
    public static final String AFTERCARE_EVENTS = "clinic.aftercare.events.v1";

    /** Suffix of the dead-letter topic that holds a source topic's poison records, bytes untouched. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> EVENT_TOPICS = List.of(BOOKING_EVENTS, SESSION_EVENTS, AFTERCARE_EVENTS);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** Every topic ClinicFlow needs: the event topics and their dead-letter topics. */
    public static List<String> all() {
        return EVENT_TOPICS.stream().flatMap(topic -> java.util.stream.Stream.of(topic, deadLetterOf(topic))).toList();
    }
}
