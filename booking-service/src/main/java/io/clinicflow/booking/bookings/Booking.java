package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.FreeSlots;
import io.clinicflow.booking.availability.TreatmentArea;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.messaging.Journey;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A booked session and its life: screening moves it on, check-in and completion end it. Each transition returns the
 * events it causes; the caller stores the booking and appends the events in one transaction.
 */
public final class Booking {

    private final BookingId id;
    private final BookSession session;
    private final ZoneId timeZone;
    private final Instant endsAt;
    private final CoursePosition course;
    private BookingStatus status;
    private Screening screening;

    Booking(BookingId id, BookSession session, ZoneId timeZone, Instant endsAt, CoursePosition course,
            BookingStatus status, Screening screening) {
        this.id = id;
        this.session = session;
        this.timeZone = timeZone;
        this.endsAt = endsAt;
        this.course = course;
        this.status = status;
        this.screening = screening;
    }

    /** A new booking waits for screening. */
    static Booking open(BookingId id, BookSession session, ZoneId timeZone, Duration length, CoursePosition course) {
        return new Booking(id, session, timeZone, session.startsAt().plus(length), course,
                BookingStatus.PENDING_SCREENING, null);
    }

    SessionBooked booked(Journey journey) {
        return new SessionBooked(id, practitionerId(), startsAt(), endsAt, timeZone, treatmentAreas(), concerns(),
                course, journey);
    }

    /** Reacts to a screening outcome while it still counts; later outcomes of a finished booking change nothing. */
    List<BookingEvent> applyScreening(Screening outcome, Journey journey) {
        if (!status.acceptsScreening()) {
            return List.of();
        }
        screening = outcome;
        BookingStatus next = switch (outcome.outcome()) {
            case CLEARED -> BookingStatus.CONFIRMED;
            case REVIEW_REQUIRED -> BookingStatus.PENDING_REVIEW;
            case DEFERRED -> BookingStatus.DEFERRED;
            case DECLINED -> BookingStatus.DECLINED;
            case DECLARATION_REQUIRED -> BookingStatus.AWAITING_DECLARATION;
        };
        if (next == status) {
            return List.of();
        }
        status = next;
        return eventOfStatus(journey);
    }

    private List<BookingEvent> eventOfStatus(Journey journey) {
        return switch (status) {
            case CONFIRMED -> List.of(new BookingConfirmed(id, journey));
            case PENDING_REVIEW -> List.of(new BookingHeldForReview(id, journey));
            case DEFERRED -> List.of(new BookingDeferred(id, screening.earliestEligibleDate(), journey));
            case DECLINED -> List.of(new BookingDeclined(id, journey));
            default -> List.of(); // AWAITING_DECLARATION has no event in DESIGN §3 (ADR 0007)
        };
    }

    /** The client arrived for a confirmed booking; arriving again changes nothing. */
    void checkIn() {
        move(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN, "check in");
    }

    /** The session took place; completing again changes nothing. */
    void complete() {
        move(BookingStatus.CHECKED_IN, BookingStatus.COMPLETED, "complete");
    }

    private void move(BookingStatus from, BookingStatus to, String change) {
        if (status == from) {
            status = to;
        } else if (status != to) {
            throw new IllegalBookingTransition(id, status, change);
        }
    }

    public BookingId id() {
        return id;
    }

    public ClientId clientId() {
        return session.clientId();
    }

    public LocationId locationId() {
        return session.locationId();
    }

    public PractitionerId practitionerId() {
        return session.practitionerId();
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public Instant startsAt() {
        return session.startsAt();
    }

    public Instant endsAt() {
        return endsAt;
    }

    /** Until when the practitioner is not free: the session and its cleaning buffer. */
    public Instant blockedUntil() {
        return endsAt.plus(FreeSlots.BUFFER);
    }

    public List<TreatmentArea> treatmentAreas() {
        return session.treatmentAreas();
    }

    public List<Concern> concerns() {
        return session.concerns();
    }

    public CoursePosition course() {
        return course;
    }

    public BookingStatus status() {
        return status;
    }

    public Optional<Screening> screening() {
        return Optional.ofNullable(screening);
    }
}
