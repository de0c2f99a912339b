package io.clinicflow.booking.bookings;

import io.clinicflow.avro.session.ScreeningCompleted;
import io.clinicflow.avro.session.SessionCompleted;
import io.clinicflow.avro.session.SessionStarted;
import io.clinicflow.events.Topics;
import io.clinicflow.messaging.Journey;
import io.clinicflow.messaging.PoisonEventException;
import io.clinicflow.web.NotFoundException;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Session-service's facts about bookings: screening outcomes, check-ins, completions. Avro stops here. */
@Component
@KafkaListener(id = ScreeningOutcomeListener.ID, topics = Topics.SESSION_EVENTS)
class ScreeningOutcomeListener {

    static final String ID = "booking-on-session-events";

    private final FrontDesk frontDesk;

    ScreeningOutcomeListener(FrontDesk frontDesk) {
        this.frontDesk = frontDesk;
    }

    @KafkaHandler
    void on(ScreeningCompleted avro) {
        handled(() -> frontDesk.applyScreening(new ScreeningDecision(avro.getMeta().getEventId(),
                BookingId.of(avro.getBookingId()), new Screening(ScreeningOutcome.valueOf(avro.getOutcome().name()),
                avro.getReasonCodes(), avro.getEarliestEligibleDate()), Journey.causedBy(avro.getMeta()))));
    }

    @KafkaHandler
    void on(SessionStarted avro) {
        handled(() -> frontDesk.recordCheckIn(avro.getMeta().getEventId(), BookingId.of(avro.getBookingId())));
    }

    @KafkaHandler
    void on(SessionCompleted avro) {
        handled(() -> frontDesk.recordCompletion(avro.getMeta().getEventId(), BookingId.of(avro.getSessionId())));
    }

    @KafkaHandler(isDefault = true)
    void skip(Object otherSessionEvent) {
        // HealthDeclarationSubmitted and the rest: not booking's business
    }

    /**
     * A fact that can never be applied goes to the DLT unretried: an id that is no UUID, a deferral without a date, a
     * booking this service never made, a change the booking's status cannot take.
     */
    private static void handled(Runnable handling) {
        try {
            handling.run();
        } catch (IllegalArgumentException | NotFoundException | IllegalBookingTransition e) {
            throw new PoisonEventException(e.getMessage());
        }
    }
}
