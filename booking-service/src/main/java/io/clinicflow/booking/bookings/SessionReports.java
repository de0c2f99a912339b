package io.clinicflow.booking.bookings;

import io.clinicflow.messaging.Inbox;
import io.clinicflow.kernel.Journey;
import io.clinicflow.kernel.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Moves bookings on as session-service reports: screening outcomes, reviews, check-ins, completions, abandoned
 * sessions. Each event is applied once; a redelivery changes nothing. What changed is published as the booking's
 * domain events, in the journey of the report placed at the booking's location.
 */
@Service
public class SessionReports {

    /** Why the rest of a course is cancelled after an abandoned session: operational wording, no health details. */
    static final String COURSE_STOPPED = "Course stopped after an abandoned session";

    private final BookingRepository bookings;
    private final CoursePlanner planner;
    private final Inbox inbox;
    private final ApplicationEventPublisher events;

    SessionReports(BookingRepository bookings, CoursePlanner planner, Inbox inbox, ApplicationEventPublisher events) {
        this.bookings = bookings;
        this.planner = planner;
        this.inbox = inbox;
        this.events = events;
    }

    @Transactional
    public void applyScreening(ScreeningDecision decision) {
        change(decision.eventId(), decision.bookingId(), decision.journey(),
                (booking, journey) -> booking.applyScreening(decision.screening(), journey));
    }

    @Transactional
    public void applyReview(ReviewDecision decision) {
        change(decision.eventId(), decision.bookingId(), decision.journey(),
                (booking, journey) -> booking.applyReview(decision.outcome(), decision.review(), journey));
    }

    @Transactional
    public void recordCheckIn(String eventId, BookingId bookingId, Journey journey) {
        change(eventId, bookingId, journey, (booking, atBooking) ->
                facts(booking.checkIn().map(change -> new BookingCheckedIn(bookingId, change, atBooking))));
    }

    @Transactional
    public void recordCompletion(String eventId, BookingId bookingId, Journey journey) {
        change(eventId, bookingId, journey, (booking, atBooking) ->
                facts(booking.complete().map(change -> new BookingCompleted(bookingId, change, atBooking))));
    }

    /** The session was stopped: the booking is ABANDONED and its course stops, its open bookings cancelled. */
    @Transactional
    public void recordAbandonment(String eventId, BookingId bookingId, Journey journey) {
        change(eventId, bookingId, journey, (booking, atBooking) -> {
            Optional<BookingAbandoned> abandoned = booking.abandon()
                    .map(change -> new BookingAbandoned(bookingId, change, atBooking));
            planner.stop(booking.course().courseId(), bookingId,
                    new Cancellation(CancelledBy.CLINIC, COURSE_STOPPED, planner.now()), atBooking);
            return facts(abandoned);
        });
    }

    private void change(String eventId, BookingId bookingId, Journey journey,
                        BiFunction<Booking, Journey, List<?>> transition) {
        if (!inbox.firstDelivery(ScreeningOutcomeListener.ID, eventId)) {
            return;
        }
        Booking booking = bookings.lock(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
        transition.apply(booking, journey.atLocation(booking.locationId().value())).forEach(events::publishEvent);
        bookings.update(booking);
    }

    private static List<?> facts(Optional<?> fact) {
        return fact.stream().toList();
    }
}
