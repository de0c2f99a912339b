package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.Availability;
import io.clinicflow.booking.availability.SessionLength;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.clients.Clients;
import io.clinicflow.booking.locations.Location;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.locations.Locations;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.booking.practitioners.Practitioners;
import io.clinicflow.kernel.Journey;
import io.clinicflow.security.LocationScope;
import io.clinicflow.kernel.NotFoundException;
import io.clinicflow.kernel.Page;
import io.clinicflow.kernel.UnprocessableException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Books sessions, and cancels, moves or marks them a no-show when the client or the clinic asks. Each change publishes
 * its domain event in the change's transaction; events/ and the CRM projection listen (ADR 0045).
 */
@Service
public class FrontDesk {

    private final BookingRepository bookings;
    private final Clients clients;
    private final Locations locations;
    private final Practitioners practitioners;
    private final Availability availability;
    private final CoursePlanner planner;
    private final ApplicationEventPublisher events;

    FrontDesk(BookingRepository bookings, Clients clients, Locations locations, Practitioners practitioners,
              Availability availability, CoursePlanner planner, ApplicationEventPublisher events) {
        this.bookings = bookings;
        this.clients = clients;
        this.locations = locations;
        this.practitioners = practitioners;
        this.availability = availability;
        this.planner = planner;
        this.events = events;
    }

    /**
     * Books a session, opening a course or continuing one. The same key with the same request answers the booking
     * made the first time; the same key with another request is refused (422).
     */
    @Transactional
    public Booking book(BookSession session, CourseRequest course, String idempotencyKey) {
        BookingId id = BookingId.random();
        String fingerprint = session.fingerprint() + "|" + course;
        return bookings.claim(idempotencyKey, fingerprint, id)
                .map(earlier -> {
                    if (!earlier.request().equals(fingerprint)) {
                        throw new UnprocessableException("Idempotency-Key " + idempotencyKey + " was used for another booking request");
                    }
                    return get(earlier.booking());
                })
                .orElseGet(() -> place(id, session, location -> planner.positionFor(session, course, location)));
    }

    /** Books the next session of a course (a follow-up offer accepted). */
    @Transactional
    public Booking bookNextSession(BookSession session, UUID courseId) {
        return place(BookingId.random(), session, location -> planner.nextOf(courseId, session));
    }

    /** Books a maintenance session after a finished course: a course of its own, of one session. */
    @Transactional
    public Booking bookMaintenance(BookSession session) {
        return place(BookingId.random(), session, location -> planner.opening(session, 1));
    }

    private Booking place(BookingId id, BookSession session, Function<Location, CoursePosition> course) {
        clients.get(session.clientId());
        Location location = locations.get(session.locationId());
        Duration length = SessionLength.of(session.treatmentAreas(), location.settings());
        availability.requireBookable(location, practitioners.get(session.practitionerId()), session.startsAt(), length);
        CoursePosition position = course.apply(location);
        planner.requireSpacing(position.courseId(), id, session.startsAt(), location);
        Booking booking = Booking.open(id, session, location.timeZone(), length, location.settings().buffer(), position);
        bookings.add(booking, planner.now());
        events.publishEvent(booking.booked(journeyOf(booking)));
        return booking;
    }

    /** Moves an open booking under the same rules as booking it; it goes back to screening. */
    @Transactional
    public Booking reschedule(BookingId id, Instant startsAt, Optional<PractitionerId> practitioner) {
        Booking booking = lock(id);
        Location location = locations.get(booking.locationId());
        PractitionerId who = practitioner.orElse(booking.practitionerId());
        availability.requireBookable(location, practitioners.get(who), startsAt, booking.length());
        planner.requireSpacing(booking.course().courseId(), id, startsAt, location);
        events.publishEvent(booking.reschedule(who, startsAt, journeyOf(booking)));
        bookings.update(booking);
        return booking;
    }

    /**
     * Cancels an open booking; with {@code cancelCourse} the rest of its course too, each booking with its event. An
     * erased client's booking is cancelled without the reason: the erasure emptied the others (ADR 0030, 0043).
     */
    @Transactional
    public Booking cancel(BookingId id, CancelledBy by, String reason, boolean cancelCourse) {
        Booking booking = lock(id);
        String kept = clients.isErased(booking.clientId()) ? null : reason;
        Cancellation cancellation = new Cancellation(by, kept, planner.now());
        Journey journey = journeyOf(booking);
        events.publishEvent(booking.cancel(cancellation, cancelCourse, journey));
        bookings.update(booking);
        if (cancelCourse) {
            planner.stop(booking.course().courseId(), id, cancellation, journey);
        }
        return booking;
    }

    @Transactional
    public Booking markNoShow(BookingId id) {
        Booking booking = lock(id);
        events.publishEvent(booking.markNoShow(planner.now(), journeyOf(booking)));
        bookings.update(booking);
        return booking;
    }

    /** The booking, or a 404 for an id that names none. */
    @Transactional(readOnly = true)
    public Booking get(BookingId id) {
        return bookings.find(id).orElseThrow(() -> new NotFoundException("booking", id));
    }

    /** A page of the client's bookings at the locations the caller covers, in time order. */
    @Transactional(readOnly = true)
    public List<Booking> of(ClientId client, LocationScope scope, Page page) {
        clients.get(client);
        return bookings.ofClient(client, locations.coveredBy(scope), page);
    }

    /** A page of a location's bookings of one local day (the location's zone decides where the day begins and ends). */
    @Transactional(readOnly = true)
    public List<Booking> on(LocationId locationId, LocalDate day, Page page) {
        ZoneId zone = locations.get(locationId).timeZone();
        return bookings.atLocation(locationId, day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(), page);
    }

    private Booking lock(BookingId id) {
        return bookings.lock(id).orElseThrow(() -> new NotFoundException("booking", id));
    }

    private static Journey journeyOf(Booking booking) {
        return Journey.start(booking.clientId().value(), booking.locationId().value());
    }
}
