package io.clinicflow.booking.bookings;

import io.clinicflow.booking.availability.TreatmentArea;
import io.clinicflow.booking.clients.ClientId;
import io.clinicflow.booking.locations.LocationId;
import io.clinicflow.booking.practitioners.PractitionerId;
import io.clinicflow.kernel.Journey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the front desk and session-service ask of a booking, before any booking changes. */
class BookingRequestsTests {

    private static final ClientId ADA = ClientId.random();
    private static final LocationId SOHO = LocationId.random();
    private static final PractitionerId MARA = PractitionerId.random();
    private static final Instant TEN = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void theSameRequestWrittenInAnotherOrderHasTheSameFingerprint() {
        BookSession faceThenBack = new BookSession(ADA, SOHO, MARA, TEN,
                List.of(TreatmentArea.FACE, TreatmentArea.BACK, TreatmentArea.FACE), List.of(Concern.ACNE_SCARS));
        BookSession backThenFace = new BookSession(ADA, SOHO, MARA, TEN,
                List.of(TreatmentArea.BACK, TreatmentArea.FACE), List.of(Concern.ACNE_SCARS));
        BookSession anHourLater = new BookSession(ADA, SOHO, MARA, TEN.plusSeconds(3600),
                List.of(TreatmentArea.BACK, TreatmentArea.FACE), List.of(Concern.ACNE_SCARS));

        assertThat(faceThenBack.fingerprint()).isEqualTo(backThenFace.fingerprint()).contains(ADA.toString(), "FACE");
        assertThat(faceThenBack.fingerprint()).isNotEqualTo(anHourLater.fingerprint());
        assertThat(faceThenBack.treatmentAreas()).containsExactly(TreatmentArea.FACE, TreatmentArea.BACK);
    }

    @ParameterizedTest(name = "a review answering {0} is accepted: {1}")
    @CsvSource(textBlock = """
            CLEARED,              true
            DECLINED,             true
            DEFERRED,             false
            REVIEW_REQUIRED,      false
            DECLARATION_REQUIRED, false
            """)
    void aReviewClearsOrDeclines(ScreeningOutcome outcome, boolean accepted) {
        Review review = new Review("APPROVE", "mara", TEN);
        Journey journey = Journey.start(UUID.randomUUID(), UUID.randomUUID());
        if (accepted) {
            assertThat(new ReviewDecision("e1", BookingId.random(), outcome, review, journey).outcome())
                    .isEqualTo(outcome);
        } else {
            assertThatThrownBy(() -> new ReviewDecision("e1", BookingId.random(), outcome, review, journey))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(outcome.name());
        }
    }

    @ParameterizedTest(name = "session {0} of {1} is the course's last: {2}")
    @CsvSource(textBlock = """
            1, 3, false
            2, 3, false
            3, 3, true
            1, 1, true
            """)
    void theLastSessionOfACourseIsTheOneThatFillsIt(int sessionNumber, int courseLength, boolean last) {
        assertThat(new CoursePosition(UUID.randomUUID(), sessionNumber, courseLength).isLast()).isEqualTo(last);
    }

    @Test
    void aBookingIdReadsBackFromItsText() {
        BookingId id = BookingId.random();

        assertThat(BookingId.of(id.toString())).isEqualTo(id);
        assertThat(id.toString()).isEqualTo(id.value().toString());
        assertThat(BookingId.random()).isNotEqualTo(id);
    }
}
