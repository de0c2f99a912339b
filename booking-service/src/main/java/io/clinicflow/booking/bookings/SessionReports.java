package io.clinicflow.booking.bookings;

import io.clinicflow.booking.crm.ClientJourneys;
import io.clinicflow.booking.events.BookingTopic;
import io.clinicflow.messaging.Inbox;
import io.clinicflow.kernel.Journey;
import io.clinicflow.kernel.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.function.Function;

/**
 * Moves bookings on as session-service reports: screening outcomes, reviews, check-ins, completions, abandoned
 * sessions. Each event is applied once; a redelivery changes nothing.
 */
@Service
public class SessionReports {

    /** Why the rest of a course is cancelled after an abandoned session: operational wording, no health details. */
    static final String COURSE_STOPPED = "Course stopped after an abandoned session";

    private final BookingRepository bookings;
    private final CoursePlanner planner;
    private final BookingTopic topic;
    private final Inbox inbox;
    private final ClientJourneys journeys;

    SessionReports(BookingRepository bookings, CoursePlanner planner, BookingTopic topic, Inbox inbox,
                   ClientJourneys journeys) {
        this.bookings = bookings;
        this.planner = planner;
        this.topic = topic;
        this.inbox = inbox;
        this.journeys = journeys;
    }

    @Transactional
    public void applyScreening(ScreeningDecision decision) {
        change(decision.eventId(), decision.bookingId(), decision.journey(),
                booking -> booking.applyScreening(decision.screening(), decision.journey()));
    }

    @Transactional
    public void applyReview(ReviewDecision decision) {
        change(decision.eventId(), decision.bookingId(), decision.journey(),
                booking -> booking.applyReview(decision.outcome(), decision.review(), decision.journey()));
    }

    @Transactional
    public void recordCheckIn(String eventId, BookingId bookingId, Journey journey) {
        change(eventId, bookingId, journey, booking -> {
            booking.checkIn();
            return List.of();
        });
    }

    @Transactional
    public void recordCompletion(String eventId, BookingId bookingId, Journey journey) {
        change(eventId, bookingId, journey, booking -> {
            booking.complete();
            return List.of();
        });
    }

    /** The session was stopped: the booking is ABANDONED and its course stops, its open bookings cancelled. */
    @Transactional
    public void recordAbandonment(String eventId, BookingId bookingId, Journey journey) {
        change(eventId, bookingId, journey, booking -> {
            booking.abandon();
            planner.stop(booking.course().courseId(), bookingId,
                    new Cancellation(CancelledBy.CLINIC, COURSE_STOPPED, planner.now()), journey);
            return List.of();
        });
    }

    private void change(String eventId, BookingId bookingId, Journey journey,
                        Function<Booking, List<BookingEvent>> transition) {
        if (!inbox.firstDelivery(ScreeningOutcomeListener.ID, eventId)) {
            return;
        }
        Booking booking = bookings.lock(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
        BookingStatus before = booking.status();
        transition.apply(booking).forEach(topic::append);
        bookings.update(booking);
        journeys.changed(before, booking, journey.atLocation(booking.locationId().value()));
    }
}
