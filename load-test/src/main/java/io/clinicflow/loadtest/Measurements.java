package io.clinicflow.loadtest;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** What one load run (or one step of the stepping search) measures. */
final class Measurements {

    final Hop bookingAnswered = new Hop("arrival -> POST /bookings 201");
    /** The booking call alone, sent to answered: what the front desk waits for when it books (issue 19). */
    final Hop bookingPosted = new Hop("POST /bookings sent -> 201");
    final Hop bookingConfirmed = new Hop("arrival -> CONFIRMED");
    final Hop bookedToScreened = new Hop("SessionBooked -> ScreeningCompleted");
    final Hop screenedToConfirmed = new Hop("ScreeningCompleted -> BookingConfirmed");
    final Hop completedToDay0Email = new Hop("SessionCompleted -> DAY0 email sent");
    final AtomicLong arrivals = new AtomicLong();
    final AtomicLong booked = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicLong completions = new AtomicLong();
    final AtomicLong checkInRetries = new AtomicLong();
    final AtomicLong pipelineRecords = new AtomicLong();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;

    List<Hop> hops() {
        return List.of(bookingAnswered, bookingPosted, bookingConfirmed, bookedToScreened, screenedToConfirmed, completedToDay0Email);
    }

    void window(long startMillis, long endMillis) {
        windowStart = startMillis;
        windowEnd = endMillis;
    }

    /** Counts a record the pipeline wrote to a topic, if it was written inside the arrival window. */
    void recordWritten(long timestampMillis) {
        if (timestampMillis >= windowStart && timestampMillis < windowEnd) {
            pipelineRecords.incrementAndGet();
        }
    }
}
