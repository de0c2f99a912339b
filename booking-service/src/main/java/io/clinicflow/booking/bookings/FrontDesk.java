package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.Availability;
import io.clinicflow.booking.availability.FreeSlots;
import io.clinicflow.booking.availability.SessionLength;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.clients.Clients;
import io.clinicflow.booking.events.AvroEvents;
import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.locations.Locations;
import io.clinicflow.booking.practitioners.Practitioner;
import io.clinicflow.booking.practitioners.Practitioners;
import io.clinicflow.messaging.Inbox;
import io.clinicflow.messaging.Journey;
import io.clinicflow.messaging.Outbox;
import io.clinicflow.web.InvalidRequestException;
import io.clinicflow.web.NotFoundException;
import io.clinicflow.web.UnprocessableException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Books sessions and moves bookings on as screening, check-in and completion report back. */
@Service
public class FrontDesk {

    private final BookingRepository bookings;
    private final Clients clients;
    private final Locations locations;
    private final Practitioners practitioners;
    private final Availability availability;
    private final Outbox outbox;
    private final Inbox inbox;
    private final Clock clock;

    FrontDesk(BookingRepository bookings, Clients clients, Locations locations, Practitioners practitioners,
              Availability availability, Outbox outbox, Inbox inbox, Clock clock) {
        this.bookings = bookings;
        this.clients = clients;
        this.locations = locations;
        this.practitioners = practitioners;
        this.availability = availability;
        this.outbox = outbox;
        this.inbox = inbox;
        this.clock = clock;
    }

    /**
     * Books a lone session, which opens a course. The same key with the same request answers the booking made the
     * first time; the same key with another request is refused (422).
     */
    @Transactional
    public Booking book(BookSession session, String idempotencyKey) {
        BookingId id = BookingId.random();
        return bookings.claim(idempotencyKey, session.fingerprint(), id)
                .map(earlier -> {
                    if (!earlier.request().equals(session.fingerprint())) {
                        throw new UnprocessableException("Idempotency-Key " + idempotencyKey + " was used for another booking request");
                    }
                    return get(earlier.booking());
                })
                .orElseGet(() -> book(id, session, CoursePosition.opening()));
    }

    /** Books the next session of a course (a follow-up offer accepted). */
    @Transactional
    public Booking bookFollowUp(BookSession session, CoursePosition position) {
        return book(BookingId.random(), session, position);
    }

    private Booking book(BookingId id, BookSession session, CoursePosition course) {
        clients.get(session.clientId());
        Location location = locations.get(session.locationId());
        Practitioner practitioner = practitioners.get(session.practitionerId());
        if (!practitioner.worksAt(location.id())) {
            throw new InvalidRequestException("practitionerId",
                    "Practitioner " + practitioner.id() + " does not work at " + location.name());
        }
        Duration length = SessionLength.of(session.treatmentAreas());
        requireBookable(availability.at(location), session, length);
        Booking booking = Booking.open(id, session, location.timeZone(), length, course);
        bookings.add(booking, clock.instant());
        Journey journey = Journey.start(session.clientId().value(), location.id().value());
        outbox.append(AvroEvents.of(booking.booked(journey), outbox));
        return booking;
    }

    private static void requireBookable(FreeSlots rules, BookSession session, Duration length) {
        if (!rules.isOnGrid(session.startsAt())) {
            throw new InvalidRequestException("startsAt", "Sessions start on the quarter hour (:00, :15, :30, :45)");
        }
        if (!rules.isAhead(session.startsAt())) {
            throw new InvalidRequestException("startsAt", "The session would start in the past");
        }
        if (!rules.withinOpeningHours(session.startsAt(), length)) {
            throw new InvalidRequestException("startsAt",
                    "A session of " + length.toMinutes() + " minutes does not fit the location's opening hours");
        }
    }

    /** Applies a screening outcome once per event; a redelivered ScreeningCompleted changes nothing. */
    @Transactional
    public void applyScreening(ScreeningDecision decision) {
        change(decision.eventId(), decision.bookingId(), booking ->
                booking.applyScreening(decision.screening(), decision.journey())
                        .forEach(event -> outbox.append(AvroEvents.of(event, outbox))));
    }

    /** The client checked in (session-service's SessionStarted). */
    @Transactional
    public void recordCheckIn(String eventId, BookingId bookingId) {
        change(eventId, bookingId, Booking::checkIn);
    }

    /** The session was completed (session-service's SessionCompleted). */
    @Transactional
    public void recordCompletion(String eventId, BookingId bookingId) {
        change(eventId, bookingId, Booking::complete);
    }

    private void change(String eventId, BookingId bookingId, Consumer<Booking> transition) {
        if (!inbox.firstDelivery(ScreeningOutcomeListener.ID, eventId)) {
            return;
        }
        Booking booking = bookings.lock(bookingId).orElseThrow(() -> new NotFoundException("booking", bookingId));
        transition.accept(booking);
        bookings.update(booking);
    }

    /** The booking, or a 404 for an id that names none. */
    @Transactional(readOnly = true)
    public Booking get(BookingId id) {
        return bookings.find(id).orElseThrow(() -> new NotFoundException("booking", id));
    }

    @Transactional(readOnly = true)
    public List<Booking> of(ClientId client) {
        clients.get(client);
        return bookings.ofClient(client);
    }
}
