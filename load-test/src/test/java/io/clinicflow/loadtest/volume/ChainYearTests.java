package io.clinicflow.loadtest.volume;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChainYearTests {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final ChainSize SIZE = new ChainSize(3, 0.05);

    @Test
    void sameSeedWritesTheSameHistoryAndAnotherSeedAnother() {
        assertThat(bookings(7)).isEqualTo(bookings(7)).isNotEqualTo(bookings(8));
    }

    @Test
    void givesEachLocationItsShareAndExactlyTheSessionsOfTheSize() {
        List<SeededBooking> bookings = bookings(7);

        assertThat(bookings).hasSize((int) SIZE.bookings());
        assertThat(bookings).filteredOn(SeededBooking::completed).hasSize((int) SIZE.sessions())
                .allSatisfy(booking -> assertThat(booking.completedAt()).isBefore(NOW));
        assertThat(bookings).filteredOn(booking -> booking.startsAt().isAfter(NOW))
                .allSatisfy(booking -> assertThat(booking.status().holdsSlot()
                        || booking.status().name().equals("CANCELLED")).isTrue());
    }

    @Test
    void refusesMoreBookingsThanTheHistoryHasSlots() {
        Instant mondayMorning = Instant.parse("2026-12-07T08:00:00Z");   // the history since is a closed Sunday
        ChainYear tooShort = new ChainYear(new ChainSize(1, 0.002), mondayMorning, 7);

        assertThatThrownBy(() -> tooShort.bookings(booking -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slots");
    }

    private static List<SeededBooking> bookings(long seed) {
        List<SeededBooking> bookings = new ArrayList<>();
        new ChainYear(SIZE, NOW, seed).bookings(bookings::add);
        return bookings;
    }
}
