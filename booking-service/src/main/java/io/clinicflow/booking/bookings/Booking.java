package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.TreatmentArea;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.kernel.Journey;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A booked session and its life: screening and review move it on, the front desk cancels, moves or marks it a no-show,
 * check-in and completion (or abandonment) end it. Each transition returns the events it causes (or, for what
 * session-service reports, the change it made); the caller stores the booking and publishes them in one transaction.
 */
public final class Booking {

    private final BookingId id;
    private final ZoneId timeZone;
    private final CoursePosition course;
    private BookSession session;
    private Instant endsAt;
    private Instant blockedUntil;
    private BookingStatus status;
    private Screening screening;
    private Review review;
    private Cancellation cancellation;

    Booking(BookingId id, BookSession session, ZoneId timeZone, Instant endsAt, Instant blockedUntil,
            CoursePosition course, BookingStatus status, Screening screening, Review review, Cancellation cancellation) {
        this.id = id;
        this.session = session;
        this.timeZone = timeZone;
        this.endsAt = endsAt;
        this.blockedUntil = blockedUntil;
        this.course = course;
        this.status = status;
        this.screening = screening;
        this.review = review;
        this.cancellation = cancellation;
    }

    /** A new booking waits for screening; it blocks its practitioner until its cleaning buffer ends. */
    static Booking open(BookingId id, BookSession session, ZoneId timeZone, Duration length, Duration buffer,
                        CoursePosition course) {
        Instant endsAt = session.startsAt().plus(length);
        return new Booking(id, session, timeZone, endsAt, endsAt.plus(buffer), course, BookingStatus.PENDING_SCREENING,
                null, null, null);
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
        return moveTo(statusAfter(outcome.outcome()), journey);
    }

    /** A practitioner's review answers a held booking like a new screening; for any other booking it comes too late. */
    List<BookingEvent> applyReview(ScreeningOutcome outcome, Review decision, Journey journey) {
        if (status != BookingStatus.PENDING_REVIEW) {
            return List.of();
        }
        review = decision;
        screening = new Screening(outcome, screening == null ? List.of() : screening.reasonCodes(), null);
        return moveTo(statusAfter(outcome), journey);
    }

    private static BookingStatus statusAfter(ScreeningOutcome outcome) {
        return switch (outcome) {
            case CLEARED -> BookingStatus.CONFIRMED;
            case REVIEW_REQUIRED -> BookingStatus.PENDING_REVIEW;
            case DEFERRED -> BookingStatus.DEFERRED;
            case DECLINED -> BookingStatus.DECLINED;
            case DECLARATION_REQUIRED -> BookingStatus.AWAITING_DECLARATION;
        };
    }

    private List<BookingEvent> moveTo(BookingStatus next, Journey journey) {
        if (next == status) {
            return List.of();
        }
        StatusChange change = changeTo(next);
        return List.of(switch (status) {
            case CONFIRMED -> new BookingConfirmed(id, change, journey);
            case PENDING_REVIEW -> new BookingHeldForReview(id, change, journey);
            case DEFERRED -> new BookingDeferred(id, screening.earliestEligibleDate(), change, journey);
            case DECLINED -> new BookingDeclined(id, change, journey);
            case AWAITING_DECLARATION -> new BookingAwaitingDeclaration(id, change, journey);
            default -> throw new IllegalStateException("Screening cannot lead to " + status);
        });
    }

    /** Cancels a booking that has not taken place; the slot is free again. */
    BookingCancelled cancel(Cancellation cancelled, boolean courseCancelled, Journey journey) {
        requireOpen("be cancelled");
        StatusChange change = changeTo(BookingStatus.CANCELLED);
        cancellation = cancelled;
        return new BookingCancelled(id, cancelled.cancelledBy(), cancelled.reason(), course.courseId(), courseCancelled,
                change, journey);
    }

    /** Moves the session (same length and buffer) to another time or practitioner; it is screened again. */
    BookingRescheduled reschedule(PractitionerId practitioner, Instant newStart, Journey journey) {
        requireOpen("be rescheduled");
        Instant previous = startsAt();
        Duration length = length();
        Duration buffer = Duration.between(endsAt, blockedUntil);
        session = session.movedTo(practitioner, newStart);
        endsAt = newStart.plus(length);
        blockedUntil = endsAt.plus(buffer);
        status = BookingStatus.PENDING_SCREENING;
        screening = null;
        review = null;
        return new BookingRescheduled(id, practitioner, newStart, endsAt, previous, journey);
    }

    /** The client did not come: only a confirmed booking, once its start time has passed. */
    BookingMarkedNoShow markNoShow(Instant now, Journey journey) {
        if (status != BookingStatus.CONFIRMED) {
            throw new IllegalBookingTransition(id, status, "be marked a no-show");
        }
        if (now.isBefore(startsAt())) {
            throw new IllegalBookingTransition(id, status, "be marked a no-show before it starts at " + startsAt());
        }
        return new BookingMarkedNoShow(id, changeTo(BookingStatus.NO_SHOW), journey);
    }

    private void requireOpen(String change) {
        if (!status.isOpen()) {
            throw new IllegalBookingTransition(id, status, change);
        }
    }

    /** The client arrived for a confirmed booking; arriving again changes nothing. */
    Optional<StatusChange> checkIn() {
        return move(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN, "check in");
    }

    /** The session took place; completing again changes nothing. */
    Optional<StatusChange> complete() {
        return move(BookingStatus.CHECKED_IN, BookingStatus.COMPLETED, "complete");
    }

    /** The started session was stopped; its course stops with it (the caller's business). */
    Optional<StatusChange> abandon() {
        return move(BookingStatus.CHECKED_IN, BookingStatus.ABANDONED, "be abandoned");
    }

    /** The change from {@code from} to {@code to}; none if the booking is there already (a report repeated). */
    private Optional<StatusChange> move(BookingStatus from, BookingStatus to, String change) {
        if (status == from) {
            return Optional.of(changeTo(to));
        }
        if (status != to) {
            throw new IllegalBookingTransition(id, status, change);
        }
        return Optional.empty();
    }

    private StatusChange changeTo(BookingStatus next) {
        StatusChange change = new StatusChange(status, next, startsAt(), endsAt);
        status = next;
        return change;
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

    public Duration length() {
        return Duration.between(startsAt(), endsAt);
    }

    /** Until when the practitioner is not free: the session and its cleaning buffer. */
    public Instant blockedUntil() {
        return blockedUntil;
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

    public Optional<Review> review() {
        return Optional.ofNullable(review);
    }

    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }
}
