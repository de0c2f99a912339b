package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.SessionLength;
import io.clinicflow.booking.availability.TreatmentArea;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.messaging.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        return Booking.open(BookingId.random(), session, ZoneId.of("Europe/London"), SessionLength.SHORT,
                CoursePosition.opening());
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
            DECLARATION_REQUIRED, AWAITING_DECLARATION, -,                    true
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
}
