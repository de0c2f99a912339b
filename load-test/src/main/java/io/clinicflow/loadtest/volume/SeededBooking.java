package io.clinicflow.loadtest.volume;

import io.clinicflow.booking.bookings.BookingStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking of the seeded chain: a 60-minute face or neck session in a location's slot grid, in the status it
 * reached by the end of the year; {@code position} is its place in its location's bookings, in time order.
 */
record SeededBooking(SeededLocation location, long position, UUID id, UUID clientId, int clientNumber,
                     UUID practitionerId,
                     UUID courseId, int sessionNumber, int courseLength, Instant startsAt, Instant bookedAt,
                     BookingStatus status, List<String> treatmentAreas, String concern) {

    static final Duration SESSION = Duration.ofMinutes(60);
    static final Duration BUFFER = Duration.ofMinutes(15);
    /** Check-in a few minutes after the slot begins; the treatment ends five minutes before the slot does. */
    private static final Duration CHECK_IN_AFTER = Duration.ofMinutes(3);
    private static final Duration TREATED_IN = Duration.ofMinutes(52);

    Instant endsAt() {
        return startsAt.plus(SESSION);
    }

    Instant blockedUntil() {
        return endsAt().plus(BUFFER);
    }

    Instant checkedInAt() {
        return startsAt.plus(CHECK_IN_AFTER);
    }

    Instant completedAt() {
        return checkedInAt().plus(TREATED_IN);
    }

    boolean completed() {
        return status == BookingStatus.COMPLETED;
    }

    /** Its session began: checked in, then completed or abandoned. */
    boolean sessionBegan() {
        return status == BookingStatus.CHECKED_IN || completed() || status == BookingStatus.ABANDONED;
    }
}
