package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.TreatmentArea;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.kernel.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingTests {

    private static final LocalDate ELIGIBLE = LocalDate.parse("2027-03-01");
    private static final Journey SCREENING = Journey.start(UUID.randomUUID(), UUID.randomUUID());

    private static Booking pendingBooking() {
        BookSession session = new BookSession(ClientId.random(), LocationId.random(), PractitionerId.random(),
                Instant.parse("2026-12-07T10:00:00Z"), List.of(TreatmentArea.FACE), List.of(Concern.ACNE_SCARS));
        return Booking.open(BookingId.random(), session, ZoneId.of("Europe/London"), Duration.ofMinutes(60),
                Duration.ofMinutes(15), new CoursePosition(UUID.randomUUID(), 1, 3));
    }

    private static Screening screening(ScreeningOutcome outcome) {
        return new Screening(outcome, List.of("SOME_REASON"), outcome == ScreeningOutcome.DEFERRED ? ELIGIBLE : null);
    }

    @ParameterizedTest(name = "{0} -> {1}, emits {2}, holds the slot: {3}")
    @CsvSource(nullValues = "-", textBlock = """
            CLEARED,              CONFIRMED,            BookingConfirmed,     true
            REVIEW_REQUIRED,      PENDING_REVIEW,       BookingHeldForReview, true
            DEFERRED,             DEFERRED,             BookingDeferred,      false
            DECLINED,             DECLINED,             BookingDeclined,      false
            DECLARATION_REQUIRED, AWAITING_DECLARATION, BookingAwaitingDeclaration, true
            """)
    void movesOnAsScreeningSays(ScreeningOutcome outcome, BookingStatus status, String event, boolean holdsSlot) {
        Booking booking = pendingBooking();

        List<BookingEvent> events = booking.applyScreening(screening(outcome), SCREENING);

        assertThat(booking.status()).isEqualTo(status);
        assertThat(booking.status().holdsSlot()).isEqualTo(holdsSlot);
        assertThat(booking.screening()).contains(screening(outcome));
        assertThat(events).map(e -> e.getClass().getSimpleName()).isEqualTo(event == null ? List.of() : List.of(event));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.bookingId()).isEqualTo(booking.id());
            assertThat(e.journey()).isEqualTo(SCREENING);
        });
    }

    @Test
    void defermentCarriesTheEarliestEligibleDate() {
        List<BookingEvent> events = pendingBooking().applyScreening(screening(ScreeningOutcome.DEFERRED), SCREENING);

        assertThat(events).singleElement().isInstanceOfSatisfying(BookingDeferred.class,
                deferred -> assertThat(deferred.earliestEligibleDate()).isEqualTo(ELIGIBLE));
    }

    @Test
    void confirmsOnceADeclarationArrivesAndDeclinesAConfirmedBookingOnANewFinding() {
        Booking booking = pendingBooking();
        booking.applyScreening(screening(ScreeningOutcome.DECLARATION_REQUIRED), SCREENING);

        assertThat(booking.applyScreening(screening(ScreeningOutcome.CLEARED), SCREENING))
                .singleElement().isInstanceOf(BookingConfirmed.class);
        assertThat(booking.applyScreening(screening(ScreeningOutcome.DECLINED), SCREENING))
                .singleElement().isInstanceOf(BookingDeclined.class);
        assertThat(booking.status()).isEqualTo(BookingStatus.DECLINED);
    }

    @Test
    void sameOutcomeAgainEmitsNothingNew() {
        Booking booking = pendingBooking();
        booking.applyScreening(screening(ScreeningOutcome.CLEARED), SCREENING);

        assertThat(booking.applyScreening(screening(ScreeningOutcome.CLEARED), SCREENING)).isEmpty();
        assertThat(booking.status()).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void ignoresScreeningOnceDeclinedOrCheckedIn() {
        Booking declined = pendingBooking();
        declined.applyScreening(screening(ScreeningOutcome.DECLINED), SCREENING);
        Booking checkedIn = pendingBooking();
        checkedIn.applyScreening(screening(ScreeningOutcome.CLEARED), SCREENING);
        checkedIn.checkIn();

        assertThat(declined.applyScreening(screening(ScreeningOutcome.CLEARED), SCREENING)).isEmpty();
        assertThat(checkedIn.applyScreening(screening(ScreeningOutcome.DECLINED), SCREENING)).isEmpty();
        assertThat(declined.status()).isEqualTo(BookingStatus.DECLINED);
        assertThat(checkedIn.status()).isEqualTo(BookingStatus.CHECKED_IN);
    }

    @Test
    void checksInAConfirmedBookingAndCompletesItStillHoldingTheSlotUntilThen() {
        Booking booking = pendingBooking();
        booking.applyScreening(screening(ScreeningOutcome.CLEARED), SCREENING);

        booking.checkIn();
        assertThat(booking.status()).isEqualTo(BookingStatus.CHECKED_IN);
        assertThat(booking.status().holdsSlot()).isTrue();
        booking.complete();
        booking.complete();

        assertThat(booking.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(booking.status().holdsSlot()).isFalse();
    }

    @Test
    void refusesCheckInBeforeScreeningCleared() {
        Booking booking = pendingBooking();

        assertThatThrownBy(booking::checkIn).isInstanceOf(IllegalBookingTransition.class)
                .hasMessageContaining("PENDING_SCREENING");
        assertThatThrownBy(booking::complete).isInstanceOf(IllegalBookingTransition.class);
    }

    @Test
    void opensAtPendingScreeningWithTheSessionLengthAndBuffer() {
        Booking booking = pendingBooking();

        assertThat(booking.status()).isEqualTo(BookingStatus.PENDING_SCREENING);
        assertThat(booking.endsAt()).isEqualTo(Instant.parse("2026-12-07T11:00:00Z"));
        assertThat(booking.blockedUntil()).isEqualTo(Instant.parse("2026-12-07T11:15:00Z"));
        assertThat(booking.course().sessionNumber()).isEqualTo(1);
        assertThat(booking.course().courseLength()).isEqualTo(3);
    }

    private static final Review APPROVED = new Review("APPROVE", "mara", Instant.parse("2026-12-01T09:00:00Z"));
    private static final Cancellation BY_CLIENT = new Cancellation(CancelledBy.CLIENT, "moving house",
            Instant.parse("2026-12-01T09:00:00Z"));

    @Test
    void reviewAnswersOnlyAHeldBookingAndIsRecorded() {
        Booking held = pendingBooking();
        held.applyScreening(screening(ScreeningOutcome.REVIEW_REQUIRED), SCREENING);
        Booking pending = pendingBooking();

        assertThat(held.applyReview(ScreeningOutcome.CLEARED, APPROVED, SCREENING))
                .singleElement().isInstanceOf(BookingConfirmed.class);
        assertThat(held.review()).contains(APPROVED);
        assertThat(held.screening()).hasValueSatisfying(s -> assertThat(s.reasonCodes()).containsExactly("SOME_REASON"));
        assertThat(pending.applyReview(ScreeningOutcome.DECLINED, APPROVED, SCREENING)).isEmpty();
        assertThat(pending.status()).isEqualTo(BookingStatus.PENDING_SCREENING);
    }

    @ParameterizedTest(name = "cancelling a {0} booking is allowed: {1}")
    @CsvSource(textBlock = """
            PENDING_SCREENING, true
            CONFIRMED,         true
            DEFERRED,          true
            DECLINED,          false
            CHECKED_IN,        false
            """)
    void cancelsOnlyABookingThatHasNotTakenPlaceOrEnded(BookingStatus from, boolean allowed) {
        Booking booking = bookingIn(from);

        if (allowed) {
            BookingCancelled cancelled = booking.cancel(BY_CLIENT, false, SCREENING);
            assertThat(cancelled.courseId()).isEqualTo(booking.course().courseId());
            assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
            assertThat(booking.status().holdsSlot()).isFalse();
        } else {
            assertThatThrownBy(() -> booking.cancel(BY_CLIENT, false, SCREENING))
                    .isInstanceOf(IllegalBookingTransition.class);
            assertThat(booking.status()).isEqualTo(from);
        }
    }

    @Test
    void rescheduleKeepsLengthAndBufferAndGoesBackToScreening() {
        Booking booking = bookingIn(BookingStatus.CONFIRMED);
        PractitionerId noor = PractitionerId.random();
        Instant later = Instant.parse("2026-12-09T14:00:00Z");

        BookingRescheduled moved = booking.reschedule(noor, later, SCREENING);

        assertThat(moved.previousStartsAt()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(moved.endsAt()).isEqualTo(Instant.parse("2026-12-09T15:00:00Z"));
        assertThat(booking.blockedUntil()).isEqualTo(Instant.parse("2026-12-09T15:15:00Z"));
        assertThat(booking.practitionerId()).isEqualTo(noor);
        assertThat(booking.status()).isEqualTo(BookingStatus.PENDING_SCREENING);
        assertThat(booking.screening()).isEmpty();
    }

    @Test
    void marksANoShowOnlyForAConfirmedBookingOnceItStarted() {
        Booking confirmed = bookingIn(BookingStatus.CONFIRMED);
        Instant start = confirmed.startsAt();

        assertThatThrownBy(() -> confirmed.markNoShow(start.minusSeconds(60), SCREENING))
                .isInstanceOf(IllegalBookingTransition.class);
        assertThatThrownBy(() -> pendingBooking().markNoShow(start.plusSeconds(60), SCREENING))
                .isInstanceOf(IllegalBookingTransition.class);
        assertThat(confirmed.markNoShow(start, SCREENING).bookingId()).isEqualTo(confirmed.id());
        assertThat(confirmed.status()).isEqualTo(BookingStatus.NO_SHOW);
    }

    @Test
    void abandonsOnlyACheckedInSession() {
        Booking checkedIn = bookingIn(BookingStatus.CHECKED_IN);
        checkedIn.abandon();

        assertThat(checkedIn.status()).isEqualTo(BookingStatus.ABANDONED);
        assertThat(checkedIn.status().holdsSlot()).isFalse();
        assertThatThrownBy(() -> bookingIn(BookingStatus.CONFIRMED).abandon()).isInstanceOf(IllegalBookingTransition.class);
    }

    private static Booking bookingIn(BookingStatus status) {
        Booking booking = pendingBooking();
        switch (status) {
            case PENDING_SCREENING -> { }
            case CONFIRMED -> booking.applyScreening(screening(ScreeningOutcome.CLEARED), SCREENING);
            case DEFERRED -> booking.applyScreening(screening(ScreeningOutcome.DEFERRED), SCREENING);
            case DECLINED -> booking.applyScreening(screening(ScreeningOutcome.DECLINED), SCREENING);
            case CHECKED_IN -> {
                booking.applyScreening(screening(ScreeningOutcome.CLEARED), SCREENING);
                booking.checkIn();
            }
            default -> throw new IllegalArgumentException("No test booking in " + status);
        }
        return booking;
    }
}
