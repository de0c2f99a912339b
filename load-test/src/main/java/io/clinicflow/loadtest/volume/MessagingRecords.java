package io.clinicflow.loadtest.volume;

import io.clinicflow.booking.bookings.BookingStatus;
import io.clinicflow.events.Topics;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A service's inbox and outbox in the steady state housekeeping keeps (ADR 0057): inbox rows of the events its
 * consumers handled in the last 150 days, published outbox rows of the events it sent in the last 7. Nothing reads a
 * published row's payload again, so it holds bytes of an event's size, not an event (the topics hold the events).
 */
final class MessagingRecords {

    static final Duration INBOX_KEPT = Duration.ofDays(150);
    static final Duration PUBLISHED_OUTBOX_KEPT = Duration.ofDays(7);
    private static final Duration HANDLED_AFTER = Duration.ofMillis(300);
    private static final int SMALLEST_PAYLOAD = 200;
    private static final int PAYLOAD_SPREAD = 200;

    /** A consumer of the service and the event of each booking it handles, if any. */
    record Consumed(String consumer, RememberedEvent event, Predicate<SeededBooking> handles) {
    }

    /** An event the service publishes for a booking, named as its Avro type; null when the booking has none. */
    record Published(String topic, RememberedEvent event, Function<SeededBooking, String> eventType) {
    }

    private final ChainYear chain;
    private final List<Consumed> consumed;
    private final List<Published> published;

    private MessagingRecords(ChainYear chain, List<Consumed> consumed, List<Published> published) {
        this.chain = chain;
        this.consumed = consumed;
        this.published = published;
    }

    static MessagingRecords ofBooking(ChainYear chain) {
        return new MessagingRecords(chain, List.of(
                new Consumed("booking-on-session-events", RememberedEvent.SCREENING_COMPLETED, MessagingRecords::screened),
                new Consumed("booking-on-session-events", RememberedEvent.SESSION_COMPLETED, SeededBooking::completed)),
                List.of(new Published(Topics.BOOKING_EVENTS, RememberedEvent.SESSION_BOOKED, booking -> "SessionBooked"),
                        new Published(Topics.BOOKING_EVENTS, RememberedEvent.BOOKING_STATUS_CHANGED,
                                MessagingRecords::statusEvent)));
    }

    static MessagingRecords ofSession(ChainYear chain) {
        return new MessagingRecords(chain, List.of(
                new Consumed("session-screening", RememberedEvent.SESSION_BOOKED, MessagingRecords::screened),
                new Consumed("session-bookings", RememberedEvent.BOOKING_STATUS_CHANGED,
                        booking -> statusEvent(booking) != null)),
                List.of(new Published(Topics.SESSION_EVENTS, RememberedEvent.SCREENING_COMPLETED,
                                booking -> screened(booking) ? "ScreeningCompleted" : null),
                        new Published(Topics.SESSION_EVENTS, RememberedEvent.SESSION_COMPLETED,
                                booking -> booking.completed() ? "SessionCompleted" : null)));
    }

    static MessagingRecords ofAftercare(ChainYear chain) {
        return new MessagingRecords(chain, List.of(
                new Consumed("aftercare-plans", RememberedEvent.SESSION_COMPLETED, SeededBooking::completed),
                new Consumed("aftercare-course-cancellations", RememberedEvent.BOOKING_STATUS_CHANGED,
                        booking -> booking.status() == BookingStatus.CANCELLED)),
                List.of(new Published(Topics.AFTERCARE_EVENTS, RememberedEvent.AFTERCARE_PLAN_STARTED,
                        booking -> booking.completed() ? "AftercarePlanStarted" : null)));
    }

    void write(SeedDatabase database) throws SQLException {
        Instant inboxFrom = chain.now().minus(INBOX_KEPT);
        database.copy("inbox_event", "consumer, event_id, processed_at", rows -> chain.bookings(booking ->
                consumed.stream().filter(c -> c.handles().test(booking)).forEach(c -> {
                    Instant handledAt = c.event().occurredAt(booking).plus(HANDLED_AFTER);
                    if (within(handledAt, inboxFrom)) {
                        rows.text(c.consumer()).uuid(c.event().id(chain, booking)).at(handledAt).end();
                    }
                })));
        Instant outboxFrom = chain.now().minus(PUBLISHED_OUTBOX_KEPT);
        database.copy("outbox_event", "event_id, topic, record_key, event_type, occurred_at, payload, created_at, "
                + "published_at", rows -> chain.bookings(booking -> published.forEach(p -> {
                    String type = p.eventType().apply(booking);
                    Instant occurredAt = p.event().occurredAt(booking);
                    if (type != null && within(occurredAt, outboxFrom)) {
                        rows.uuid(p.event().id(chain, booking)).text(p.topic()).text(booking.clientId().toString())
                                .text(type).at(occurredAt).bytes(payload(p.event().id(chain, booking).hashCode()))
                                .at(occurredAt).at(occurredAt.plus(HANDLED_AFTER)).end();
                    }
                })));
    }

    private boolean within(Instant at, Instant from) {
        return !at.isBefore(from) && !at.isAfter(chain.now());
    }

    private static byte[] payload(int seed) {
        SplittableRandom draws = new SplittableRandom(seed);
        return SeedIds.bytes(draws, SMALLEST_PAYLOAD + draws.nextInt(PAYLOAD_SPREAD));
    }

    private static boolean screened(SeededBooking booking) {
        return Screened.of(booking) != null;
    }

    /** The status event booking-service published after screening or at the session; none while in screening. */
    private static String statusEvent(SeededBooking booking) {
        return switch (booking.status()) {
            case PENDING_SCREENING -> null;
            case AWAITING_DECLARATION -> "BookingAwaitingDeclaration";
            case PENDING_REVIEW -> "BookingHeldForReview";
            case CONFIRMED -> "BookingConfirmed";
            case DEFERRED -> "BookingDeferred";
            case DECLINED -> "BookingDeclined";
            case CANCELLED -> "BookingCancelled";
            case CHECKED_IN -> "BookingCheckedIn";
            case COMPLETED -> "BookingCompleted";
            case NO_SHOW -> "BookingMarkedNoShow";
            case ABANDONED -> "BookingAbandoned";
        };
    }
}
