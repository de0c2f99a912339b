package io.clinicflow.session.sessions;

import io.clinicflow.session.bookings.Booking;
import io.clinicflow.session.bookings.BookingId;
import io.clinicflow.session.bookings.BookingRepository;
import io.clinicflow.session.bookings.BookingStatus;
import io.clinicflow.kernel.ConflictException;
import io.clinicflow.kernel.InvalidRequestException;
import io.clinicflow.kernel.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The treatment room: checks clients in for confirmed bookings on their day, records completed sessions and stops
 * abandoned ones.
 */
@Component
public class TreatmentSessions {

    private final BookingRepository bookings;
    private final TreatmentSessionRepository sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TreatmentSessions(BookingRepository bookings, TreatmentSessionRepository sessions,
                      ApplicationEventPublisher events, Clock clock) {
        this.bookings = bookings;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public TreatmentSession checkIn(BookingId bookingId) {
        Booking booking = booking(bookingId);
        if (booking.status() != BookingStatus.CONFIRMED) {
            throw new ConflictException("Booking %s is %s: only a CONFIRMED booking can check in"
                    .formatted(bookingId, booking.status()));
        }
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, booking.timeZone());
        if (!today.equals(booking.sessionDate())) {
            throw new ConflictException("Booking %s is on %s; check-in is only on that day, and today is %s at its location"
                    .formatted(bookingId, booking.sessionDate(), today));
        }
        move(booking, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN, "check in");
        sessions.start(bookingId, now);
        events.publishEvent(new SessionStarted(booking, now));
        return find(bookingId);
    }

    @Transactional
    public TreatmentSession complete(BookingId bookingId, TreatmentRecord treatment) {
        NeedleDepthPolicy.firstUnjustified(treatment.areas()).ifPresent(index -> {
            throw new InvalidRequestException("areas[%d].depthReason".formatted(index),
                    "needling %s deeper than its limit (1.5 mm on face and neck, 2.5 mm elsewhere) needs a reason"
                            .formatted(treatment.areas().get(index).area()));
        });
        Booking booking = booking(bookingId);
        move(booking, BookingStatus.CHECKED_IN, BookingStatus.COMPLETED, "complete the session");
        Instant now = now();
        TreatmentRecord record = treatment.treatedByDefault(UUID.fromString(booking.practitionerId()));
        sessions.complete(bookingId, record, now);
        events.publishEvent(new SessionCompleted(booking, record, now));
        return find(bookingId);
    }

    /**
     * Stops a started session (an adverse reaction, the client's wish, a device fault). The later bookings of its
     * course that session-service knows stop here at once; booking-service cancels them on SessionAbandoned.
     */
    @Transactional
    public TreatmentSession abandon(BookingId bookingId, AbandonReason reason, String note) {
        Booking booking = booking(bookingId);
        move(booking, BookingStatus.CHECKED_IN, BookingStatus.ABANDONED, "abandon the session");
        Abandonment abandonment = new Abandonment(reason, note, now());
        sessions.abandon(bookingId, abandonment);
        bookings.stopCourse(booking.course().courseId(), booking.startsAt());
        events.publishEvent(new SessionAbandoned(booking, abandonment.abandonedAt(), reason));
        return find(bookingId);
    }

    @Transactional(readOnly = true)
    public TreatmentSession find(BookingId bookingId) {
        return sessions.of(booking(bookingId));
    }

    private Booking booking(BookingId bookingId) {
        return bookings.find(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
    }

    /** The guarded status change: a concurrent request that moved the booking first wins, this one gets a 409. */
    private void move(Booking booking, BookingStatus from, BookingStatus to, String action) {
        if (!bookings.moveStatus(booking.id(), from, to)) {
            throw new ConflictException("Cannot %s: booking %s is %s, it must be %s"
                    .formatted(action, booking.id(), bookings.find(booking.id()).orElseThrow().status(), from));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
