package io.clinicflow.session.screening;

import io.clinicflow.messaging.Inbox;
import io.clinicflow.kernel.Journey;
import io.clinicflow.session.bookings.Booking;
import io.clinicflow.session.bookings.BookingId;
import io.clinicflow.session.bookings.BookingMove;
import io.clinicflow.session.bookings.BookingRepository;
import io.clinicflow.session.bookings.BookingStatus;
import io.clinicflow.session.clients.Client;
import io.clinicflow.session.clients.ClientDirectory;
import io.clinicflow.session.clients.ClientId;
import io.clinicflow.session.declarations.HealthDeclarationRepository;
import io.clinicflow.session.declarations.HealthDeclarationSubmitted;
import io.clinicflow.kernel.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Screens bookings against the client's latest health declaration as of the session date: when a session is
 * booked, when it is rescheduled, and again for every booking not yet begun when the client declares anew.
 */
@Component
public class Screener {

    private static final Logger log = LoggerFactory.getLogger(Screener.class);
    private static final String CONSUMER = "session-screening";

    private final ScreeningRuleSet ruleSet;
    private final BookingRepository bookings;
    private final ScreeningRepository screenings;
    private final HealthDeclarationRepository declarations;
    private final ClientDirectory clients;
    private final Inbox inbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Screener(ScreeningRuleSet ruleSet, BookingRepository bookings, ScreeningRepository screenings,
             HealthDeclarationRepository declarations, ClientDirectory clients, Inbox inbox,
             ApplicationEventPublisher events, Clock clock) {
        this.ruleSet = ruleSet;
        this.bookings = bookings;
        this.screenings = screenings;
        this.declarations = declarations;
        this.clients = clients;
        this.inbox = inbox;
        this.events = events;
        this.clock = clock;
    }

    /** A session was booked: keep a copy of the booking and screen it. */
    @Transactional
    public void screenNewBooking(Booking booking, Journey journey, String eventId) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        bookings.add(booking);
        screen(booking, journey, ScreeningTrigger.SESSION_BOOKED);
    }

    /**
     * booking-service moved a booking to another slot: keep the new times and screen it against the new date. A
     * booking that is over (cancelled, declined, begun) is not screened again.
     */
    @Transactional
    public void screenRescheduledBooking(BookingMove move, Journey journey, String eventId) {
        if (!inbox.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        bookings.find(move.bookingId()).filter(booking -> BookingStatus.RESCREENABLE.contains(booking.status()))
                .ifPresentOrElse(booking -> screen(bookings.move(move), journey, ScreeningTrigger.BOOKING_RESCHEDULED),
                        () -> log.info("Rescheduled booking {} not screened: unknown here or over", move.bookingId()));
    }

    /** Runs in the declaration's transaction: a declaration and the screenings it causes commit together. */
    @EventListener
    void rescreenAfter(HealthDeclarationSubmitted submitted) {
        ClientId clientId = submitted.declaration().clientId();
        String causation = submitted.eventId().toString();
        for (Booking booking : bookings.ofClient(clientId, BookingStatus.RESCREENABLE)) {
            screen(booking, booking.journey(causation), ScreeningTrigger.DECLARATION_SUBMITTED);
        }
    }

    @Transactional(readOnly = true)
    public List<Screening> screeningsOf(BookingId bookingId) {
        return screenings.ofBooking(bookingId);
    }

    /** A page of the booking's screenings, oldest first. */
    @Transactional(readOnly = true)
    public List<Screening> screeningsOf(BookingId bookingId, Page page) {
        return screenings.ofBooking(bookingId, page);
    }

    @Transactional(readOnly = true)
    public Optional<Screening> find(ScreeningId screeningId) {
        return screenings.find(screeningId);
    }

    private void screen(Booking booking, Journey journey, ScreeningTrigger trigger) {
        Verdict verdict = ruleSet.screen(declarations.latestOf(booking.clientId()),
                clients.find(booking.clientId()).flatMap(Client::dateOfBirth), booking.sessionDate(),
                booking.timeZone());
        Screening screening = new Screening(ScreeningId.random(), booking.id(), verdict,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), trigger, journey.causationId());
        screenings.add(screening);
        events.publishEvent(new ScreeningCompleted(screening, journey));
    }
}
