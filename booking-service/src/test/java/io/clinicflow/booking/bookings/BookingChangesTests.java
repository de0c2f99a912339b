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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a booking's changes tell their listeners (ADR 0045): the status left, the status reached, the times held. */
class BookingChangesTests {

    private static final Journey JOURNEY = Journey.start(UUID.randomUUID(), UUID.randomUUID());
    private static final Instant STARTS = Instant.parse("2026-07-07T09:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-07-07T10:30:00Z");
    private static final ClientId ADA = ClientId.random();
    private static final LocationId SOHO = LocationId.random();
    private static final PractitionerId MARA = PractitionerId.random();
    private static final CoursePosition SECOND_OF_THREE = new CoursePosition(UUID.randomUUID(), 2, 3);

    private static Booking booking() {
        BookSession session = new BookSession(ADA, SOHO, MARA, STARTS, List.of(TreatmentArea.BACK, TreatmentArea.FACE),
                List.of(Concern.ACNE_SCARS));
        return Booking.open(BookingId.random(), session, ZoneId.of("Europe/London"), Duration.ofMinutes(90),
                Duration.ofMinutes(15), SECOND_OF_THREE);
    }

    private static Booking confirmed() {
        Booking booking = booking();
        booking.applyScreening(new Screening(ScreeningOutcome.CLEARED, List.of(), null), JOURNEY);
        return booking;
    }

    private static Booking checkedIn() {
        Booking booking = confirmed();
        booking.checkIn();
        return booking;
    }

    @ParameterizedTest(name = "screening {0} moves PENDING_SCREENING to {1}")
    @CsvSource(textBlock = """
            CLEARED,              CONFIRMED
            REVIEW_REQUIRED,      PENDING_REVIEW
            DEFERRED,             DEFERRED
            DECLINED,             DECLINED
            DECLARATION_REQUIRED, AWAITING_DECLARATION
            """)
    void aScreeningTellsTheStatusItLeftAndReached(ScreeningOutcome outcome, BookingStatus reached) {
        Screening screening = new Screening(outcome, List.of(),
                outcome == ScreeningOutcome.DEFERRED ? STARTS.atZone(ZoneId.of("UTC")).toLocalDate() : null);

        List<BookingEvent> events = booking().applyScreening(screening, JOURNEY);

        assertThat(events).singleElement().isInstanceOfSatisfying(BookingStatusEvent.class, event -> assertThat(
                event.change()).isEqualTo(new StatusChange(BookingStatus.PENDING_SCREENING, reached, STARTS, ENDS)));
    }

    @Test
    void aReviewTellsItLeftTheReview() {
        Booking held = booking();
        held.applyScreening(new Screening(ScreeningOutcome.REVIEW_REQUIRED, List.of("AGE"), null), JOURNEY);

        assertThat(held.applyReview(ScreeningOutcome.DECLINED, new Review("DECLINE", "mara", STARTS), JOURNEY))
                .singleElement().isInstanceOfSatisfying(BookingDeclined.class, declined -> assertThat(declined.change())
                        .isEqualTo(new StatusChange(BookingStatus.PENDING_REVIEW, BookingStatus.DECLINED, STARTS, ENDS)));
    }

    @Test
    void aCancellationTellsTheStatusItEndedAndKeepsWhyAndWho() {
        Booking booking = confirmed();
        Cancellation byClient = new Cancellation(CancelledBy.CLIENT, "moving house", STARTS.minusSeconds(3600));

        BookingCancelled cancelled = booking.cancel(byClient, true, JOURNEY);

        assertThat(cancelled.change())
                .isEqualTo(new StatusChange(BookingStatus.CONFIRMED, BookingStatus.CANCELLED, STARTS, ENDS));
        assertThat(cancelled.courseCancelled()).isTrue();
        assertThat(cancelled.cancelledBy()).isEqualTo(CancelledBy.CLIENT);
        assertThat(cancelled.reason()).isEqualTo("moving house");
        assertThat(booking.cancellation()).contains(byClient);
    }

    @Test
    void aNoShowTellsItEndedAConfirmedBooking() {
        assertThat(confirmed().markNoShow(STARTS, JOURNEY).change())
                .isEqualTo(new StatusChange(BookingStatus.CONFIRMED, BookingStatus.NO_SHOW, STARTS, ENDS));
    }

    @Test
    void checkInCompletionAndAbandonmentEachChangeOnceAndSayFromWhat() {
        Booking completed = confirmed();
        Booking abandoned = checkedIn();

        assertThat(completed.checkIn())
                .contains(new StatusChange(BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN, STARTS, ENDS));
        assertThat(completed.checkIn()).isEmpty();
        assertThat(completed.complete())
                .contains(new StatusChange(BookingStatus.CHECKED_IN, BookingStatus.COMPLETED, STARTS, ENDS));
        assertThat(completed.complete()).isEmpty();
        assertThat(abandoned.abandon())
                .contains(new StatusChange(BookingStatus.CHECKED_IN, BookingStatus.ABANDONED, STARTS, ENDS));
        assertThat(abandoned.abandon()).isEmpty();
    }

    @Test
    void aBookedSessionCarriesItsTimesPlaceAreasAndCourse() {
        Booking booking = booking();

        SessionBooked booked = booking.booked(JOURNEY);

        assertThat(booked.bookingId()).isEqualTo(booking.id());
        assertThat(booked.practitionerId()).isEqualTo(MARA);
        assertThat(booked.startsAt()).isEqualTo(STARTS);
        assertThat(booked.endsAt()).isEqualTo(ENDS);
        assertThat(booked.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(booked.treatmentAreas()).containsExactly(TreatmentArea.FACE, TreatmentArea.BACK);
        assertThat(booked.concerns()).containsExactly(Concern.ACNE_SCARS);
        assertThat(booked.course()).isEqualTo(SECOND_OF_THREE);
        assertThat(booked.journey()).isEqualTo(JOURNEY);
    }

    @Test
    void aBookingKeepsWhoWhereAndWhatItWasBookedFor() {
        Booking booking = booking();

        assertThat(booking.clientId()).isEqualTo(ADA);
        assertThat(booking.locationId()).isEqualTo(SOHO);
        assertThat(booking.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(booking.treatmentAreas()).containsExactly(TreatmentArea.FACE, TreatmentArea.BACK);
        assertThat(booking.concerns()).containsExactly(Concern.ACNE_SCARS);
        assertThat(booking.cancellation()).isEmpty();
    }

    @Test
    void aBookingThatEndedCannotBeMoved() {
        Booking noShow = confirmed();
        noShow.markNoShow(STARTS, JOURNEY);

        assertThatThrownBy(() -> noShow.reschedule(MARA, STARTS.plus(Duration.ofDays(1)), JOURNEY))
                .isInstanceOf(IllegalBookingTransition.class).hasMessageContaining("NO_SHOW");
        assertThat(noShow.startsAt()).isEqualTo(STARTS);
    }

    @Test
    void theViewShowsTimesInTheLocationsOffsetWithScreeningReviewAndCancellation() {
        Booking booking = booking();
        booking.applyScreening(new Screening(ScreeningOutcome.REVIEW_REQUIRED, List.of("AGE"), null), JOURNEY);
        booking.applyReview(ScreeningOutcome.CLEARED, new Review("APPROVE", "mara", STARTS.minusSeconds(60)), JOURNEY);
        booking.cancel(new Cancellation(CancelledBy.CLINIC, "refit", STARTS.minusSeconds(30)), false, JOURNEY);

        BookingView view = BookingView.of(booking);

        assertThat(view.id()).isEqualTo(booking.id().value());
        assertThat(view.startsAt()).isEqualTo(OffsetDateTime.parse("2026-07-07T10:00:00+01:00"));
        assertThat(view.endsAt()).isEqualTo(OffsetDateTime.parse("2026-07-07T11:30:00+01:00"));
        assertThat(view.screening().reasonCodes()).containsExactly("AGE");
        assertThat(view.review().reviewedAt()).isEqualTo(OffsetDateTime.parse("2026-07-07T09:59:00+01:00"));
        assertThat(view.cancellation().reason()).isEqualTo("refit");
        assertThat(view.cancellation().cancelledAt()).isEqualTo(OffsetDateTime.parse("2026-07-07T09:59:30+01:00"));
        assertThat(view.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(view.sessionNumber()).isEqualTo(2);
    }
}
