package io.clinicflow.booking.crm;

import io.clinicflow.booking.bookings.BookingStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyStageTests {

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource(textBlock = """
            PENDING_SCREENING,    BOOKED
            AWAITING_DECLARATION, BOOKED
            PENDING_REVIEW,       BOOKED
            CONFIRMED,            CONFIRMED
            DEFERRED,             NOT_CONFIRMED
            DECLINED,             NOT_CONFIRMED
            CANCELLED,            CANCELLED
            CHECKED_IN,           ATTENDED
            COMPLETED,            ATTENDED
            ABANDONED,            ATTENDED
            NO_SHOW,              NO_SHOW
            """)
    void showsTheCrmNoMoreThanWhetherTheClinicGoesAhead(BookingStatus status, JourneyStage stage) {
        assertThat(JourneyStage.of(status)).isEqualTo(stage);
    }
}
