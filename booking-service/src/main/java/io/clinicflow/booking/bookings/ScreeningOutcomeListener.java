package io.clinicflow.booking.bookings;

import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.ScreeningReviewed;
import io.clinicflow.avro.session.SessionAbandoned;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.avro.session.SessionStarted;
import io.clinicflow.avro.common.EventMetadata;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.EventBatches;
import io.clinicflow.messaging.EventFields;
import io.clinicflow.messaging.EventJourney;
import io.clinicflow.messaging.PoisonEventException;
import io.clinicflow.kernel.NotFoundException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Session-service's facts about bookings: screenings, reviews, check-ins, completions, abandonments; a poll's records
 * in one transaction (EventBatches, ADR 0053). Avro stops here.
 */
@Component
class ScreeningOutcomeListener {

    static final String ID = "booking-on-session-events";

    private final SessionReports reports;
    private final EventBatches batches;

    ScreeningOutcomeListener(SessionReports reports, EventBatches batches) {
        this.reports = reports;
        this.batches = batches;
    }

    @KafkaListener(id = ID, topics = Topics.SESSION_EVENTS, batch = "true")
    void on(List<ConsumerRecord<String, Object>> records) {
        batches.handle(records, this::handle);
    }

    private void handle(Object event) {
        switch (event) {
            case ScreeningCompleted completed -> apply(completed);
            case ScreeningReviewed reviewed -> apply(reviewed);
            case SessionStarted started -> apply(started);
            case SessionCompleted completed -> apply(completed);
            case SessionAbandoned abandoned -> apply(abandoned);
            default -> {
                // HealthDeclarationSubmitted and the rest: not booking's business
            }
        }
    }

    private void apply(ScreeningCompleted avro) {
        BookingId booking = bookingId(avro.getMeta(), "bookingId", avro.getBookingId());
        handled(() -> reports.applyScreening(new ScreeningDecision(avro.getMeta().getEventId(),
                booking, new Screening(ScreeningOutcome.valueOf(avro.getOutcome().name()),
                avro.getReasonCodes(), avro.getEarliestEligibleDate()), EventJourney.of(avro.getMeta()))));
    }

    /** The reviewer is recorded with the moment session-service says the review happened. */
    private void apply(ScreeningReviewed avro) {
        BookingId booking = bookingId(avro.getMeta(), "bookingId", avro.getBookingId());
        handled(() -> reports.applyReview(new ReviewDecision(avro.getMeta().getEventId(), booking,
                ScreeningOutcome.valueOf(avro.getOutcome().name()),
                new Review(avro.getDecision().name(), avro.getReviewerId(), avro.getMeta().getOccurredAt()),
                EventJourney.of(avro.getMeta()))));
    }

    private void apply(SessionStarted avro) {
        BookingId booking = bookingId(avro.getMeta(), "bookingId", avro.getBookingId());
        handled(() -> reports.recordCheckIn(avro.getMeta().getEventId(), booking,
                EventJourney.of(avro.getMeta())));
    }

    private void apply(SessionCompleted avro) {
        BookingId session = bookingId(avro.getMeta(), "sessionId", avro.getSessionId());
        handled(() -> reports.recordCompletion(avro.getMeta().getEventId(), session,
                EventJourney.of(avro.getMeta())));
    }

    private void apply(SessionAbandoned avro) {
        BookingId session = bookingId(avro.getMeta(), "sessionId", avro.getSessionId());
        handled(() -> reports.recordAbandonment(avro.getMeta().getEventId(), session,
                EventJourney.of(avro.getMeta())));
    }

    /** An id that is no UUID makes the event poison, as in every listener (EventFields). */
    private static BookingId bookingId(EventMetadata meta, String field, String value) {
        return new BookingId(EventFields.uuid(meta, field, value));
    }

    /**
     * A fact that can never be applied goes to the DLT unretried: a deferral without a date, a review that neither
     * clears nor declines, a booking this service never made, a change the booking's status cannot take.
     */
    private static void handled(Runnable handling) {
        try {
            handling.run();
        } catch (IllegalArgumentException | NotFoundException | IllegalBookingTransition e) {
            throw new PoisonEventException(e.getMessage());
        }
    }
}
