package io.clinicflow.booking.bookings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BookingStatusTests {

    @ParameterizedTest(name = "{0}: holds its slot {1}, still open {2}, screenable {3}, counts for its course {4}")
    @CsvSource(textBlock = """
            PENDING_SCREENING,    true,  true,  true,  true
            AWAITING_DECLARATION, true,  true,  true,  true
            PENDING_REVIEW,       true,  true,  true,  true
            CONFIRMED,            true,  true,  true,  true
            DEFERRED,             false, true,  false, false
            DECLINED,             false, false, false, false
            CANCELLED,            false, false, false, false
            CHECKED_IN,           true,  false, false, true
            COMPLETED,            false, false, false, true
            NO_SHOW,              false, false, false, false
            ABANDONED,            false, false, false, false
            """)
    void eachStatusSaysWhatItHoldsAndAllows(BookingStatus status, boolean holdsSlot, boolean open, boolean screenable,
                                           boolean countsForCourse) {
        assertThat(status.holdsSlot()).isEqualTo(holdsSlot);
        assertThat(status.isOpen()).isEqualTo(open);
        assertThat(status.acceptsScreening()).isEqualTo(screenable);
        assertThat(status.countsForCourse()).isEqualTo(countsForCourse);
    }
}
